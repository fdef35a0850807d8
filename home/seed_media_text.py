"""The texts of the seeded film's subtitles and of the sample leaflets.

Sample translations for the demo: the programme's translators check them
before a country office publishes them as its own.
"""

# Cue times of the 20-second seeded film, in seconds.
CUE_TIMES = [(0.5, 4.5), (5.0, 9.5), (10.0, 14.5), (15.0, 19.5)]

# language -> the four cues: you are not alone; never your fault; free and
# confidential, also without papers; call 112. In the site's languages they
# address the viewer as the site does (nl "u", de "Sie", es "usted", ...);
# Italian and Polish keep the familiar form their sign-in pages use.
SUBTITLES = {
    "en": [
        "You are not alone.",
        "Sexual violence is never your fault.",
        "Help is free and confidential, also without residence papers.",
        "In an emergency, call 112.",
    ],
    "nl": [
        "U bent niet alleen.",
        "Seksueel geweld is nooit uw schuld.",
        "Hulp is gratis en vertrouwelijk, ook zonder verblijfspapieren.",
        "Bel in een noodgeval 112.",
    ],
    "de": [
        "Sie sind nicht allein.",
        "Sexuelle Gewalt ist nie Ihre Schuld.",
        "Hilfe ist kostenlos und vertraulich, auch ohne Aufenthaltspapiere.",
        "Im Notfall: Rufen Sie 112 an.",
    ],
    "fr": [
        "Vous n’êtes pas seul·e.",
        "La violence sexuelle n’est jamais de votre faute.",
        "L’aide est gratuite et confidentielle, même sans titre de séjour.",
        "En cas d’urgence, appelez le 112.",
    ],
    "es": [
        "No está solo ni sola.",
        "La violencia sexual nunca es culpa suya.",
        "La ayuda es gratuita y confidencial, también sin papeles.",
        "En caso de emergencia, llame al 112.",
    ],
    "it": [
        "Non sei solo, non sei sola.",
        "La violenza sessuale non è mai colpa tua.",
        "L’aiuto è gratuito e riservato, anche senza permesso di soggiorno.",
        "In caso di emergenza, chiama il 112.",
    ],
    "pl": [
        "Nie jesteś sam ani sama.",
        "Przemoc seksualna nigdy nie jest twoją winą.",
        "Pomoc jest bezpłatna i poufna, także bez dokumentów pobytowych.",
        "W nagłym wypadku zadzwoń pod numer 112.",
    ],
    "bg": [
        "Не сте сами.",
        "Сексуалното насилие никога не е по ваша вина.",
        "Помощта е безплатна и поверителна, и без документи за пребиваване.",
        "При спешен случай звънете на 112.",
    ],
    "hr": [
        "Niste sami.",
        "Seksualno nasilje nikada nije vaša krivnja.",
        "Pomoć je besplatna i povjerljiva, i bez dozvole boravka.",
        "U hitnom slučaju nazovite 112.",
    ],
    "sl": [
        "Niste sami.",
        "Spolno nasilje ni nikoli vaša krivda.",
        "Pomoč je brezplačna in zaupna, tudi brez dovoljenja za prebivanje.",
        "V nujnem primeru pokličite 112.",
    ],
    "hu": [
        "Nincs egyedül.",
        "A szexuális erőszak soha nem az Ön hibája.",
        "A segítség ingyenes és bizalmas, tartózkodási engedély nélkül is.",
        "Vészhelyzetben hívja a 112-t.",
    ],
    "el": [
        "Δεν είστε μόνος, δεν είστε μόνη.",
        "Η σεξουαλική βία δεν είναι ποτέ δικό σας φταίξιμο.",
        "Η βοήθεια είναι δωρεάν και εμπιστευτική, και χωρίς χαρτιά διαμονής.",
        "Σε έκτακτη ανάγκη, καλέστε το 112.",
    ],
    "ga": [
        "Níl tú i d’aonar.",
        "Ní ortsa an locht riamh i gcás foréigean gnéasach.",
        "Tá cabhair saor in aisce agus faoi rún, fiú gan cead cónaithe.",
        "I gcás éigeandála, glaoigh ar 112.",
    ],
    "mt": [
        "M’intix waħdek.",
        "Il-vjolenza sesswali qatt mhi tort tiegħek.",
        "L-għajnuna hija b’xejn u kunfidenzjali, anke mingħajr permess ta’ residenza.",
        "F’emerġenza, ċempel 112.",
    ],
    "ar": [
        "لست وحدك.",
        "العنف الجنسي ليس ذنبك أبدًا.",
        "المساعدة مجانية وسرية، حتى بدون أوراق إقامة.",
        "في حالة الطوارئ، اتصل بالرقم 112.",
    ],
    "fa": [
        "شما تنها نیستید.",
        "خشونت جنسی هرگز تقصیر شما نیست.",
        "کمک رایگان و محرمانه است، حتی بدون مدارک اقامت.",
        "در شرایط اضطراری با 112 تماس بگیرید.",
    ],
    "ti": [
        "ንስኻ በይንኻ ኣይኮንካን።",
        "ጾታዊ ዓመጽ ፈጺሙ ናትካ ጌጋ ኣይኮነን።",
        "ሓገዝ ብናጻን ብምስጢርን እዩ፡ ብዘይ ናይ መንበሪ ወረቐት እውን።",
        "ኣብ ህጹጽ እዋን ናብ 112 ደውል።",
    ],
    "so": [
        "Keligaa ma tihid.",
        "Xadgudubka galmadu weligii ma aha qaladkaaga.",
        "Caawimaaddu waa bilaash waana qarsoodi, xitaa haddii aadan haysan warqado degenaansho.",
        "Xaalad degdeg ah, wac 112.",
    ],
    "uk": [
        "Ти не сам, ти не сама.",
        "Сексуальне насильство ніколи не є твоєю провиною.",
        "Допомога безкоштовна й конфіденційна, навіть без документів на проживання.",
        "У надзвичайній ситуації телефонуй 112.",
    ],
    "tr": [
        "Yalnız değilsin.",
        "Cinsel şiddet asla senin suçun değil.",
        "Yardım ücretsiz ve gizlidir, oturma izni olmadan da.",
        "Acil durumda 112’yi ara.",
    ],
}

# The sample leaflet's heading, in every site language.
LEAFLET_TITLES = {
    "en": "Where to get help",
    "nl": "Waar vindt u hulp",
    "de": "Wo Sie Hilfe bekommen",
    "fr": "Où trouver de l’aide",
    "es": "Dónde encontrar ayuda",
    "it": "Dove trovare aiuto",
    "pl": "Gdzie szukać pomocy",
    "bg": "Къде да потърсите помощ",
    "hr": "Gdje potražiti pomoć",
    "sl": "Kje poiskati pomoč",
    "hu": "Hol kaphat segítséget",
    "el": "Πού να βρείτε βοήθεια",
    "ga": "Cá bhfaighidh tú cabhair",
    "mt": "Fejn issib l-għajnuna",
    "ar": "أين تجد المساعدة",
    "fa": "کجا کمک بگیرید",
}

FILM_TITLE = "You are not alone"
FILM_DESCRIPTION = "A short film of the PROTECT programme (sample: generated for the demo)."

# The film's title and description in each site language, as the office's
# translators give them through wagtail-localize (the title is the first cue).
FILM_TITLES = {code: cues[0].rstrip(".") for code, cues in SUBTITLES.items()}
FILM_DESCRIPTIONS = {
    "nl": "Een korte film van het PROTECT-programma (voorbeeld: gemaakt voor de demo).",
    "de": "Ein Kurzfilm des PROTECT-Programms (Beispiel: für die Demo erstellt).",
    "fr": "Un court métrage du programme PROTECT (exemple : réalisé pour la démonstration).",
    "es": "Un cortometraje del programa PROTECT (ejemplo: creado para la demostración).",
    "it": "Un cortometraggio del programma PROTECT (esempio: realizzato per la dimostrazione).",
    "pl": "Krótki film programu PROTECT (przykład: przygotowany na potrzeby demonstracji).",
    "bg": "Кратък филм на програмата PROTECT (пример: създаден за демонстрацията).",
    "hr": "Kratki film programa PROTECT (primjer: izrađen za demonstraciju).",
    "sl": "Kratki film programa PROTECT (primer: izdelan za predstavitev).",
    "hu": "A PROTECT program rövidfilmje (minta: a bemutatóhoz készült).",
    "el": "Μια ταινία μικρού μήκους του προγράμματος PROTECT (δείγμα: δημιουργήθηκε για την επίδειξη).",
    "ga": "Gearrscannán de chuid chlár PROTECT (sampla: déanta don taispeántas).",
    "mt": "Film qasir tal-programm PROTECT (kampjun: magħmul għad-dimostrazzjoni).",
    "ar": "فيلم قصير من برنامج PROTECT (نموذج: أُعدّ للعرض التجريبي).",
    "fa": "فیلمی کوتاه از برنامهٔ PROTECT (نمونه: برای نمایش ساخته شده).",
}
