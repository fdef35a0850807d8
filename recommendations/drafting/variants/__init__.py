"""Master documents and their country variants: services, the forward-port, review items, pages."""
