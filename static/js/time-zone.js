/* Signed-in people read times in their own time zone: the browser's zone
 * goes to the server in the "tz" cookie (consult.middleware.ReaderTimeZoneMiddleware),
 * from the next page on. Loaded only for signed-in people; visitors get no cookie. */
(function () {
  "use strict";
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (error) {
    return;
  }
  if (!zone || !/^[A-Za-z0-9_+\-\/]{1,64}$/.test(zone)) {
    return;
  }
  if (document.cookie.split("; ").indexOf("tz=" + zone) !== -1) {
    return;
  }
  var secure = window.location.protocol === "https:" ? "; Secure" : "";
  document.cookie = "tz=" + zone + "; path=/; max-age=31536000; SameSite=Lax" + secure;
})();
