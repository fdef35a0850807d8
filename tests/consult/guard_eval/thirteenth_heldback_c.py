"""The thirteenth round's held-back part ``c``: ar, fa, el, bg, hr.

Written on 2026-12-07 by a writer who never read the guard, as posts by
cultural mediators, social workers, health staff and NGO workers in
Belgium, Italy, Spain, Malta, the Netherlands, Ireland, Hungary, Greece,
Bulgaria and Croatia. Phone numbers were checked with ``phonenumbers``
(``is_valid_number`` for their country); IBANs, AMKA, AFM, EGN, LNCh, OIB,
BSN, PPSN, NIE and the Belgian national register number with python-stdnum;
ISBNs with their check digit. All private names, numbers, plates, handles
and addresses are invented; helplines, offices and judgments are the
published ones as far as the writer knew them.
"""

from . import parse

_TEXT = """
[ar]
phone | مساء الخير يا جماعة، الأخ اللي اتصل فينا امبارح بخصوص أخته قال نتواصل معه مباشرة على 0486 27 19 53 بس ما بيحكي فرنساوي، مين عنده وسيط عربي فاضي الخميس الصبح في شاربيك؟
phone | للتسليم: السيدة ما عندها رصيد، ردّوا عليها واتساب بس مش مكالمة لأنه الزوج بيشوف السجل. رقمها الإيطالي ٣٤٧ ٨١٢ ٤٥٩٠ وما تتركوا رسائل صوتية أبداً
email | زميلتي في لييج طلبت أبعث لها ملخص الجلسة، بس المستفيدة بدها نسخة كمان على إيميلها الشخصي amina.benali94@gmail.com — هل هذا مسموح حسب سياستكم ولا لازم نسلمها باليد؟
email | إذا حد من المحامين يقدر يراسل الشاب مباشرة: ايميله karim.zerrouki آت هوتميل دوت كوم، مستعجل لأن موعد المقابلة الأسبوع الجاي
id_number | سؤال إداري: الموظف في البلدية رفض يسجل الطفلة لأن رقم السجل الوطني للأم 93.04.17-143.67 مكتوب غلط على بطاقة الإقامة. حد صار معه نفس الشي مع Schaerbeek؟
id_number | للي بيشتغل على ملف الإسكان بمالقة: الـ NIE تبعها واي تسعة ستة، ثلاثة تسعة، خمسة أربعة أربعة، وحرف M بالآخر. انتبهوا لأن الموظفة كتبته مرة X
iban | تحديث: الصندوق وافق على مساعدة الطوارئ (إيجار شهرين). الحوالة تنرسل لحسابها مباشرة BE69 4285 5986 9178 باسمها هي مش باسم الزوج، رجاءً حدا يتأكد قبل الجمعة
iban | المتبرع بدّه يدفع كفالة المحامي عن المستفيد، هاد حسابه بهولندا: NL٩٠ INGB ٨٣٨٣ ٤٥١٣ ٥٠ (كتبته مثل ما أعطاني ياه)
case_number | محتاجة مساعدة بالمتابعة: ملفها بمكتب الأجانب رقم 8.734.219 وملف الـ CGRS رقم 23/18734، المقابلة الثانية تأجلت وما حدا بلغها رسمياً
case_number | القاضية بمحكمة العنف ضد المرأة رقم 2 بمالقة فتحت Diligencias Previas 1287/2026 ضد الزوج، والمستفيدة ما فهمت ولا كلمة من جلسة الأمس لأنه ما كان في مترجم
social | شباب انتبهوا، الشخص اللي عم يهددها عامل حساب انستغرام جديد instagram.com/ahmed_kh.1990 وعم ينشر صورها، بلّغنا عنه بس لسا شغّال
social | الزوج السابق بيتابعها على تيك توك، اسمه هناك youssef.bxl07 (من غير @)، وعنده حساب فيسبوك كمان: facebook . com / samir.elhaddad.58 — هل في طريقة نطلب حذف الفيديوهات بسرعة؟
plate | اذا شفتوا سيارة Golf رمادية لوحتها 1-GKT-482 واقفة قدام المركز، بلغوا الاستقبال فوراً، هي سيارة المعتدي
plate | الشرطة طلبت رقم السيارة اللي لحقتها من محطة الباص، هي كتبتلي ياه هيك: ٤٨٢١ LKB، سيات بيضاء
address | للفريق المتنقل: زيارة البيت يوم الثلاثاء، العنوان Rue de Brabant 112، 1030 Schaerbeek، الجرس الثالث، لا تذكروا اسم الجمعية على الباب
address | هي ما بتعرف العنوان بالضبط، وصفتلي: البيت الأزرق جنب المخبز، رقم ١٤ بشارع Via Maqueda، الطابق الثالث بباليرمو، وفيه باب حديد أخضر
date_of_birth | للاستمارة بتاعة CPAS: تاريخ ميلاد البنت 02/11/1988 مش 1998 زي ما كتبوا، ولازم يصلحوه قبل ما يقدموا الطلب
date_of_birth | الأم بتقول البنت مولودة في الثاني والعشرين من تموز سنة ألف وتسعمية وأربعة وتسعين بس جواز السفر مكتوب فيه تاريخ مختلف، شو نعمل بالتقرير؟
named_person | تسليم حالة: ليلى حمدي، 31 سنة، تونسية، ساكنة بمولنبيك مع ولادها الثلاثة، وصلت لعنا بعد اعتداء يوم 2 تشرين الثاني، بدها متابعة نفسية ومحامية
named_person | السيدة فاطمة الزهراء بوعزة (مغربية، 27 سنة) اللي نزلت بمالطا في 3 آذار وهلق بمركز Ħal Far، طلبت وسيطة امرأة بس، مين بيقدر؟
ordinary:helplines | للتذكير: في بلجيكا خط الاستماع للعنف الزوجي مجاني 0800 30 030، وبالفلاماني 1712، وللطوارئ 112. علقوها بكل الغرف بالعربي كمان
ordinary:helplines | بإيطاليا الخط الوطني ضد العنف والملاحقة هو 1522 وبيشتغل 24 ساعة وفيه عربي، وبإسبانيا الرقم 016 وما بيظهر على الفاتورة
ordinary:statistics | بحسب تقرير الوكالة الأوروبية للحقوق الأساسية، واحدة من كل ثلاث نساء بأوروبا تعرضت لعنف جسدي أو جنسي. الأرقام عنا بالمركز قريبة من هيك
ordinary:percentages | من أصل 64 استشارة هالفصل، تقريباً 40٪ كانت عن لمّ الشمل و25٪ عن الحماية بعد الطلاق، والباقي متفرق
ordinary:law | حدا عنده ترجمة عربية للمادة 59 من اتفاقية إسطنبول (وضع الإقامة المستقل للضحايا)؟ وكمان التوجيه الأوروبي 2012/29/EU بخصوص حقوق الضحايا
ordinary:judgment | بنصح كل الزملاء يقرؤوا حكم محكمة العدل الأوروبية C-621/21 (كانون الثاني 2024) عن النساء ضحايا العنف كفئة اجتماعية، مفيد كتير بملفات اللجوء
ordinary:meeting | اجتماع الوسطاء الشهري يوم الخميس 15 كانون الثاني الساعة 10:00 بالقاعة 2.14، الطابق الثاني، وفي قهوة
ordinary:version | بعتلكم النسخة 3.2 من دليل المقابلة الأولية (مسودة 9 كانون الأول)، التعديلات بالأحمر، ملاحظاتكم قبل الاثنين لو سمحتم
ordinary:postcode | ورشات التوعية رح تكون بمنطقة 1080 و1210 ببروكسل لأنه أغلب العائلات هونيك، والمنطقة 1030 بالدفعة الجاية
ordinary:org_contact | للي سأل: مركز رعاية ضحايا العنف الجنسي CPVS ببروكسل بمستشفى سان بيير، Rue Haute 320, 1000 Bruxelles، هاتف 02 535 45 42، بيستقبل 24/7 وبدون موعد
ordinary:public_office | مكتب Fedasil الإقليمي صار بيطلب الأوراق أونلاين بس، مين عنده تجربة مع المنصة الجديدة؟
ordinary:public_figure | سمعتوا كلمة هيلينا دالي، مفوضة المساواة السابقة، بمؤتمر مالطا؟ حكت كتير منيح عن النساء المهاجرات وعن ضرورة الوسطاء الثقافيين
ordinary:grant_number | مشروعنا الجديد ممول من برنامج CERV، رقم الاتفاقية 101143896، لازم يظهر الرقم واللوغو على كل المنشورات
ordinary:budget | الميزانية المخصصة للترجمة هالسنة 18.500 يورو، يعني تقريباً 420 ساعة، فلازم نرتب الأولويات
ordinary:long_number | الكتيب الأزرق عن الصدمة عند الأطفال رقمه ISBN 978-2-930475-61-5، ومتوفر بمكتبة الجامعة
ordinary:opening_hours | المركز مفتوح من الاثنين للجمعة 9:00–17:00، والأربعاء لحد 19:30 للنساء اللي بيشتغلوا
ordinary:training | التدريب عن "الوساطة الثقافية في حالات العنف الجنسي" يومين، 20 و21 شباط، التسجيل مفتوح لحد آخر الشهر
ordinary:colleague | زميلتنا سهام من فريق أنتويرب رح تقدم ورشة عن الترجمة بالمقابلات الحساسة، هي عندها خبرة عشر سنين
ordinary:anonymised_case | سؤال عام: امرأة بالثلاثينات من شمال أفريقيا، عندها إقامة مرتبطة بالزوج، وبدها تتركه. شو الخيارات بدون ما تخسر الإقامة؟
ordinary:date_not_birth | آخر موعد لتقديم التقارير السنوية هو 31 كانون الثاني، وبعدين الممول ما بيقبل أي تعديل
[fa]
phone | سلام همکارا، خانمی که دیروز اومد گفت فقط با این شماره تماس بگیریم: 06-17254839، صبح‌ها شوهرش خونه نیست. کسی هست که پنجشنبه بتونه با مترجم دری زنگ بزنه؟
phone | شماره‌ی برادرش در مجارستان رو برام اینطوری فرستاد: +۳۶ ۳۰ ۴۱۸ ۲۹۷۶ — گفته فقط واتساپ، لطفاً قبل از تماس با من هماهنگ کنید
email | وکیل پرونده خواسته مدارک مستقیم به ایمیل خود مراجع فرستاده بشه: sara.karimi1370@yahoo.com ، مشکلی نداره از نظر حریم خصوصی؟ خودش رضایت داده
email | برای ارسال نامه‌ی دعوت جلسه، ایمیل آقای مهدی: mahdi.rezaei ات جیمیل دات کام (خودش اینطوری نوشت، دات کام آخرش)
id_number | سؤال فوری: شهرداری میگه BSN خانم 867628960 هنوز به آدرس جدید وصل نشده و کمک‌هزینه‌اش قطع شده. کسی میدونه چقدر طول میکشه؟
id_number | برای فرم Intreo شماره PPS خانم رو لازم دارن، اینه: ۱۳۶۲۶۷۴M (از روی کارتش عکس گرفته بود، حرف آخر M هست)
iban | هزینه‌ی کلاس زبان رو سازمان برمی‌گردونه، حساب خود خانم در ایرلند: IE64 AIBK 9310 0446 6285 91 — لطفاً به حساب مشترک واریز نکنید
iban | حساب ایتالیایی خانم برای کمک اضطراری، خیلی عجیب گروه‌بندی شده ولی درسته: IT 95 C 03069 01234 975603966827
case_number | آپدیت پرونده: V-nummer خانم 2873451906 هست، مصاحبه‌ی دوم IND افتاد به ماه بعد و هنوز نامه‌ی رسمی نیومده
case_number | کمیسیون سرزمینی رم برای مصاحبه دعوتش کرده، کد CUI پرونده‌اش 0L4K8ZT هست. کسی مددکار زن فارسی‌زبان اونجا میشناسه؟
social | مراقب باشید، مردی که مزاحمش میشه با اکانت اینستاگرام @saba.afg_2003 عکس‌های خانم رو پخش کرده، اسم اکانت رو عوض کرده که به نظر برسه خودشه
social | این لینک پروفایل شوهر سابقشه که تهدید میکنه: instagram . com / reza_haidari_99 — پلیس گفت اسکرین‌شات بگیریم قبل از اینکه پاکش کنه
plate | اگه ماشین Toyota مشکی با پلاک TN-482-K جلوی خوابگاه دیدید به نگهبانی خبر بدید، ماشین همون آقاست
plate | پلیس مجارستان پلاک ماشینی که دخترها رو از مرز برده میخواد. یکی از دخترها یادش بود: R K T - ۴۸۲، یه ون سفید
address | بازدید خانگی هفته‌ی بعد: Kanaalstraat 214 bis، 3531 CK Utrecht، زنگ دوم. لطفاً اسم سازمان رو جلوی همسایه‌ها نگید
address | آدرس دقیق رو نمیدونه، اینطوری توضیح داد: خونه‌ی زرد کنار نونوایی، خیابون آخارنون پلاک سی و هشت، طبقه‌ی چهارم، در سبز
date_of_birth | توی پرونده‌ی بیمارستان تاریخ تولدش رو ۱ ژانویه زدن چون مدرک نداشت، ولی خودش میگه متولد ۱۲ مهر ۱۳۷۴ هست، چطور اصلاحش کنیم؟
date_of_birth | برای ثبت‌نام مدرسه‌ی دختر: تاریخ تولد 23-01-1999 مال مادره نه دختر، اشتباهی وارد شده
named_person | معرفی پرونده: زهرا احمدی، ۲۴ ساله، اهل هرات، الان در کمپ مالاکاسا با دو بچه، بعد از تجاوز در مسیر ترکیه به حمایت روانی نیاز داره
named_person | مریم نوری، ۱۹ ساله، ایرانی، از ۱۰ نوامبر در Ter Apel هست و میگه توی اتاق مشترک امنیت نداره. کسی میتونه با COA صحبت کنه؟
ordinary:helplines | برای خانم‌هایی که در هلند هستن: Veilig Thuis شماره‌ی 0800-2000 رایگان و ۲۴ ساعته، و Centrum Seksueel Geweld شماره‌ی 0800-0188. در وضعیت اضطراری 112
ordinary:helplines | در یونان خط SOS ۱۵۹۰۰ برای خشونت علیه زنان هست و در ایرلند Women's Aid شماره‌ی 1800 341 900. بروشور فارسیش رو کسی داره؟
ordinary:statistics | طبق گزارش سالانه، پارسال ۲۱۷ زن افغان به مرکز ما مراجعه کردن که حدود دو برابر سال قبله
ordinary:percentages | تقریباً ۶۰٪ مراجعین ما دری صحبت میکنن و ۳۰٪ فارسی، بقیه پشتو یا عربی، پس به مترجم دری بیشتر نیاز داریم
ordinary:law | ماده‌ی ۶۰ کنوانسیون استانبول درباره‌ی درخواست پناهندگی بر اساس جنسیت خیلی به درد مصاحبه‌ها میخوره، همراه با ماده‌ی ۹ دستورالعمل 2011/95/EU
ordinary:judgment | حکم دیوان دادگستری اروپا در پرونده‌های C-608/22 و C-609/22 (اکتبر ۲۰۲۴) میگه زن افغان بودن به تنهایی میتونه برای پناهندگی کافی باشه. حتماً بخونید
ordinary:meeting | جلسه‌ی هماهنگی مترجم‌ها سه‌شنبه ۱۳ ژانویه ساعت ۱۴:۰۰ در اتاق B.03 هست، آنلاین هم میشه وصل شد
ordinary:version | فایل «راهنمای مصاحبه‌ی حساس به تروما» نسخه‌ی ۲.۱، پیش‌نویس ۴ دسامبر، توی پوشه‌ی مشترک گذاشتم
ordinary:postcode | کلاس‌های زبان زنان از ماه بعد در منطقه‌ی 1093 آمستردام شرق برگزار میشه، نزدیک ایستگاه
ordinary:org_contact | اطلاعات تماس Centrum Seksueel Geweld برای همکارای جدید: 0800-0188 و سایت centrumseksueelgeweld.nl، چت آنلاین هم دارن
ordinary:public_office | دفتر IND در Zevenaar الان فقط با وقت قبلی کار میکنه، وقت رو از طریق سایت IND باید گرفت
ordinary:public_figure | دونیا میاتوویچ، کمیسر سابق حقوق بشر شورای اروپا، توی گزارشش صریح گفته بود که زنان پناهجو در کمپ‌ها امنیت ندارن
ordinary:grant_number | شماره‌ی قرارداد پروژه‌ی AMIF ما AMIF-2024-TF2-AG-INTE-03 هست، روی همه‌ی فاکتورها بنویسید
ordinary:budget | بودجه‌ی مترجم برای سه ماه آخر سال ۹۲۰۰ یورو مونده، پس جلسات گروهی رو بیشتر کنیم
ordinary:long_number | شماره سفارش کتاب‌های آموزشی 4500238716 هست، اگه به دستتون نرسید به تدارکات بگید
ordinary:opening_hours | ساعت کاری دفتر مشاوره: شنبه‌ها بسته، دوشنبه تا پنجشنبه ۹ تا ۱۶، جمعه فقط با وقت قبلی
ordinary:training | کارگاه دو روزه‌ی «مترجمی در پرونده‌های خشونت جنسی» ۵ و ۶ فوریه برگزار میشه، ظرفیت ۲۰ نفر
ordinary:colleague | همکارمون نرگس از تیم روتردام از هفته‌ی بعد مسئول هماهنگی مترجم‌های دری میشه، سؤالاتتون رو از اون بپرسید
ordinary:anonymised_case | یه مورد کلی: دختر نوجوان بدون همراه، از افغانستان، میگه در مسیر مورد آزار قرار گرفته ولی نمیخواد شکایت کنه. بهترین رویکرد چیه؟
ordinary:date_not_birth | مهلت ثبت‌نام برای همایش ۲۵ نوامبر (روز جهانی منع خشونت علیه زنان) تا ۱۵ نوامبره
[el]
phone | Καλησπέρα σε όλους. Η κυρία που ήρθε σήμερα στο ξενώνα ζήτησε να την καλούμε μόνο στο 694 718 2356 και ΟΧΙ πριν τις 11 γιατί κοιμάται ο σύζυγος. Θα χρειαστεί διερμηνέα φαρσί.
phone | Το νούμερο του θείου της (μένει Πάτρα) μου το υπαγόρευσε έτσι: έξι εννιά επτά, τριάντα, πέντε, ογδόντα οχτώ, δεκατέσσερα. Αν τον πάρει κάποιος από την κοινωνική υπηρεσία να προσέχει τι θα πει.
email | Η δικηγόρος ζητάει να στείλουμε το ιατρικό απευθείας στη δικαιούχο στο eleni.pap88@gmail.com, αλλά δεν είμαι σίγουρη ότι το mail δεν το βλέπει και ο πρώην. Τι κάνετε εσείς σε τέτοιες περιπτώσεις;
email | για τη βεβαίωση παρακολούθησης: το μέιλ της είναι n.haidari παπάκι yahoo τελεία gr (μου το είπε προφορικά, ελπίζω να το έγραψα σωστά)
id_number | Επείγον: το ΚΕΠ δεν δέχεται την αίτηση για το επίδομα γιατί ο ΑΜΚΑ 14039131215 εμφανίζεται «ανενεργός». Έχει τύχει σε κανέναν με ΠΑΑΥΠΑ που μετατράπηκε;
id_number | Ο λογιστής της δομής χρειάζεται το ΑΦΜ της για την κάρτα, είναι το 168 295 604, το έχω και σε φωτογραφία αν χρειαστεί
iban | Εγκρίθηκε η έκτακτη ενίσχυση (ενοίκιο 2 μηνών). Πληρωμή στον δικό της λογαριασμό GR96 0110 1256 8123 2021 9135 119, όχι στον κοινό με τον σύζυγο, παρακαλώ να το δει το λογιστήριο.
iban | ο αδερφός της θέλει να βάλει χρήματα για τον δικηγόρο, έστειλε αυτό: gr57 01720455 9143 18908015 160 (πειραιώς, στο όνομά του)
case_number | Για να μην χαθεί: η μήνυση κατατέθηκε στο ΑΤ Ομονοίας, ΑΒΜ Α2026/4519 της Εισαγγελίας Πρωτοδικών Αθηνών. Η επόμενη κατάθεση είναι τον Φεβρουάριο και θέλει συνοδεία.
case_number | Ο φάκελός της στο Αττικόν έχει αριθμό μητρώου 2026/045871, αν πάει κάποια συνάδελφος μαζί της στο ΚΕΦΙΑΠ να το έχει μαζί.
social | Προσοχή: ο δράστης έχει φτιάξει ψεύτικο προφίλ με το όνομά της, facebook.com/amina.diallo.5243, και στέλνει μηνύματα στις φίλες της. Ξέρει κανείς πώς το κατεβάζουμε γρήγορα;
social | στο tiktok την παρενοχλεί ένας που λέγεται mo_rezai_pireas (χωρίς παπάκι), ανεβάζει βίντεο έξω από τη δομή
plate | Αν δείτε γκρι Opel Corsa ΙΤΗ-3917 παρκαρισμένο απέναντι από το κέντρο, ενημερώστε αμέσως τη φύλαξη και την ΕΛ.ΑΣ. Είναι του συζύγου.
plate | Η κοπέλα θυμήθηκε την πινακίδα του φορτηγού: Υ Μ Κ πέντε μηδέν δύο οχτώ, άσπρο βαν. Το λέω και στην αστυνομία αλλά να το έχετε.
address | Κατ' οίκον επίσκεψη την Τρίτη: Αχαρνών 214, Κυψέλη, 3ος όροφος, κουδούνι «Ν. Ντ.». Μην αναφέρετε τον σύλλογο στη θυρωρό.
address | Δεν ξέρει τη διεύθυνση, μου την περιέγραψε: η πολυκατοικία με τα πράσινα κάγκελα δίπλα στον φούρνο, στη Λιοσίων νούμερο τριάντα εφτά, τρίτος όροφος, η πόρτα δεξιά από το ασανσέρ.
date_of_birth | Στο δελτίο αιτούντος γράφει 01/01/1999 αλλά η πραγματική ημερομηνία γέννησης είναι 23/01/1999, πώς γίνεται η διόρθωση στην Υπηρεσία Ασύλου;
date_of_birth | Λέει ότι γεννήθηκε δεύτερη Αυγούστου του ογδόντα έξι, οπότε δεν είναι ανήλικη όπως την κατέγραψαν στο Κέντρο Ταυτοποίησης
named_person | Παράδοση περιστατικού: Αμινάτα Ντιαλό, 26 ετών, από Γουινέα, στο ΚΕΔ Σάμου από τον Οκτώβριο, θύμα βιασμού στη Λιβύη, χρειάζεται ψυχολόγο και γυναικολόγο άμεσα.
named_person | ο σύντροφός της, Μοχάμαντ Ρεζαΐ, 34 χρονών Αφγανός, μένει στη Νίκαια και έχει ξαναεμφανιστεί στο σχολείο του παιδιού. Το ξέρει η εισαγγελέας ανηλίκων;
ordinary:helplines | Υπενθύμιση για όλες τις δομές: η Γραμμή SOS 15900 για την έμφυλη βία λειτουργεί 24/7 και έχει διερμηνεία, για παιδιά το 1056 του Χαμόγελου και για επείγοντα 100 ή 112.
ordinary:helplines | Αν καλέσει παιδί, υπάρχει και η γραμμή 116 111 για παιδιά και εφήβους και το 116 000 για εξαφανισμένα παιδιά.
ordinary:statistics | Στο τρίμηνο είχαμε 83 νέες παραπομπές, οι 51 από ΚΥΤ/ΚΕΔ νησιών. Οι αριθμοί είναι στο συνημμένο.
ordinary:percentages | Περίπου το 35% των ωφελούμενων μας δεν έχει ΑΜΚΑ ή ΠΑΑΥΠΑ ενεργό, οπότε η πρόσβαση σε γυναικολόγο είναι δύσκολη.
ordinary:law | Ο ν. 3500/2006 για την ενδοοικογενειακή βία ισχύει και για αιτούντες άσυλο, μαζί με το άρθρο 21 της Οδηγίας 2013/33/ΕΕ για τους ευάλωτους. Έχει κανείς συγκεντρωτικό σημείωμα;
ordinary:judgment | Χρήσιμη για τις εκπαιδεύσεις η απόφαση του ΕΔΔΑ Chowdury κ.λπ. κατά Ελλάδας (αρ. 21884/15) για τη Μανωλάδα, και η L.E. κατά Ελλάδας (71545/12) για την εμπορία.
ordinary:meeting | Συνάντηση δικτύου την Πέμπτη 22/1 στις 11:00, αίθουσα 4 στον 2ο όροφο του Δήμου, και μέσω Zoom για τα νησιά.
ordinary:version | Ανέβασα την έκδοση 1.4 του πρωτοκόλλου παραπομπής (σχέδιο της 3ης Δεκεμβρίου). Σχόλια μέχρι Παρασκευή.
ordinary:postcode | Το νέο συμβουλευτικό κέντρο θα καλύπτει τους ΤΚ 104 32 έως 104 47, δηλαδή Ομόνοια, Μεταξουργείο και Κολωνό.
ordinary:org_contact | Για όσες ρώτησαν: η Γενική Γραμματεία Ισότητας έχει το δίκτυο συμβουλευτικών κέντρων, όλα τα στοιχεία και τα τηλέφωνα είναι στο isotita.gr.
ordinary:public_office | Η Υπηρεσία Ασύλου στην Κατεχάκη δέχεται πλέον ραντεβού για ανανέωση μόνο ηλεκτρονικά, μέσω της πλατφόρμας.
ordinary:public_figure | Θυμάστε την έκθεση της Ντούνια Μιγιάτοβιτς, τότε Επιτρόπου Ανθρωπίνων Δικαιωμάτων του Συμβουλίου της Ευρώπης, μετά την επίσκεψη σε Λέσβο και Σάμο το 2019; Τα ίδια προβλήματα ασφάλειας για τις γυναίκες τα βλέπουμε ακόμα.
ordinary:grant_number | Το έργο χρηματοδοτείται από το πρόγραμμα CERV με αριθμό σύμβασης 101144927, να μπαίνει στο υποσέλιδο κάθε αφίσας.
ordinary:budget | Ο προϋπολογισμός για διερμηνεία φέτος είναι 24.000 €, δηλαδή περίπου 600 ώρες. Δεν φτάνει για όλα τα νησιά.
ordinary:long_number | Το εγχειρίδιο του ΕΙΓΕ για την έμφυλη βία έχει ISBN 978-92-9482-876-7, υπάρχει και σε pdf.
ordinary:opening_hours | Το συμβουλευτικό είναι ανοιχτό Δευτέρα–Παρασκευή 09:00–17:00 και Τετάρτη ως τις 20:00. Σάββατο κλειστό.
ordinary:training | Εκπαίδευση «Τραυματοστοχευμένη συνέντευξη με διερμηνέα», 12–13 Φεβρουαρίου, 16 θέσεις, δηλώσεις έως 30/1.
ordinary:colleague | Η συνάδελφος Μαρία Κ. από τον Βόλο αναλαμβάνει τον συντονισμό των διερμηνέων, οπότε απευθυνθείτε σε εκείνη για τις βάρδιες.
ordinary:anonymised_case | Γενική ερώτηση: γυναίκα γύρω στα 40, από χώρα της Δυτικής Αφρικής, χωρίς έγγραφα, θέλει να καταγγείλει αλλά φοβάται την απέλαση. Τι εγγυήσεις υπάρχουν;
ordinary:date_not_birth | Η προθεσμία για την έκθεση προόδου είναι 15 Ιανουαρίου, μετά ο φορέας δεν δέχεται αλλαγές.
[bg]
phone | Колеги, жената от вчерашната консултация иска да ѝ звъним само на 0887 421 936, сутрин между 9 и 11, когато мъжът е на работа. Трябва ни преводач на дари за четвъртък.
phone | номерът на сестра ѝ в Пловдив, както ми го каза: нула осем девет седем, три едно пет, шест нула четири. Ако някой от ОЗД ѝ звъни, нека първо да ми пише.
email | Адвокатката пита дали може да изпраща документите директно на клиентката на deniza.ivanova91@abv.bg. Имейлът е неин, но паролата я знае и бившият... Как процедирате вие?
email | за сертификата от обучението: мейлът му е hamid.n маймунка gmail точка com, така ми го продиктува
id_number | Спешно: от дирекция „Социално подпомагане“ връщат молбата, защото ЕГН 9206055452 не излизало в системата след смяната на адреса. Някой сблъсквал ли се е с това?
id_number | ЛНЧ-то ѝ е 098 904 27 94 (от картата за хуманитарен статут), трябва за записването при личен лекар
iban | Одобрена е еднократната помощ за наем. Превод по нейната сметка BG53 UNCR 7000 7382 2126 34, НЕ по общата с мъжа ѝ, моля счетоводството да провери.
iban | братовчед ѝ иска да плати адвоката, прати си сметката така: BG05BPBI79407152640996
case_number | За протокола: образувано е ДП № 1487/2026 г. по описа на 04 РУ-СДВР, разпитът ѝ е насрочен за февруари и има нужда от придружител и преводач.
case_number | Делото за заповед за защита по ЗЗДН е гр.д. № 4512/2026 г. по описа на СРС, 91 състав. Някой може ли да я придружи на заседанието?
social | Внимание: извършителят качва снимки на момичето в инстаграм от профил @ali_sofia_91, сигнализирахме, но профилът още е активен.
social | бившият ѝ я тормози от този профил: facebook . com / ivo.petkov.7311 — полицията каза да пазим скрийншоти
plate | Ако видите сив VW Passat с номер СВ 4821 КТ пред центъра, веднага кажете на охраната и звъннете на 112. Колата е на съпруга.
plate | Момичето запомни номера на бусчето, с което са я карали: С А 0 3 1 8 Х М, бял бус, без надписи
address | Посещение на адрес във вторник: ж.к. Люлин 7, бл. 714, вх. Б, ет. 5, ап. 38. Не споменавайте организацията пред съседите.
address | Не знае точния адрес, описа го така: до аптеката на ъгъла, номер дванайсет на ул. „Пиротска“, втори етаж, вратата вляво от стълбите.
date_of_birth | В регистрационната карта на ДАБ е записана рождена дата 01.01.1985, а вярната е 28.10.1985. Как се поправя?
date_of_birth | Момчето казва, че е роден на дванайсети март две хиляди и първа, значи е пълнолетен, а в протокола го водят като непридружено дете
named_person | Предаване на случай: Самира Ахмади, 19 г., от Афганистан, настанена в РПЦ Овча купел от ноември, преживяла сексуално насилие по пътя, има нужда от психолог и гинеколог.
named_person | Фатима Юсуф, 33-годишна сирийка, живее в Харманли с мъжа си и трите деца, днес дойде с рани по ръцете и отказва да подаде сигнал. Какво можем да направим?
ordinary:helplines | Напомняне: Националната гореща линия за пострадали от домашно насилие е 0800 1 86 76, безплатна. За деца – 116 111, а при непосредствена опасност – 112.
ordinary:helplines | Окачете на всички врати и на арабски и фарси: 112 за спешни случаи и 116 000 за изчезнали деца, безплатно от всеки телефон.
ordinary:statistics | През 2025 г. в консултативния център са потърсили помощ 142 жени, от които 38 с бежански или хуманитарен статут.
ordinary:percentages | Около 70% от жените в РПЦ не знаят, че могат да поискат интервю с жена интервюиращ и преводачка. Това трябва да се промени.
ordinary:law | Някой има ли превод на арабски на чл. 5 от ЗЗДН за заповедта за защита? И на чл. 60 от Истанбулската конвенция, макар че България не я е ратифицирала.
ordinary:judgment | За обучението: М.С. срещу България (жалба № 39272/98) на ЕСПЧ и решението на Съда на ЕС по дело C-621/21, което е точно за българска бежанска процедура.
ordinary:meeting | Координационната среща с ДАБ и РЗИ се мести за понеделник, 26.01, 14:00 ч., в заседателната зала на 2-ри етаж. Който не може да дойде, да прати въпроси предварително.
ordinary:version | Качих версия 2.3 на процедурата за насочване (проект от 2 декември), промените са в червено.
ordinary:postcode | Мобилният екип ще работи в района на Харманли (п.к. 6450) и в София, п.к. 1000 и 1303.
ordinary:org_contact | Държавна агенция за бежанците е на бул. „Княгиня Мария Луиза“ 114Б, София, приемното време е на сайта им aref.government.bg.
ordinary:public_office | Дирекция „Миграция“ вече приема заявленията за продължаване само с предварително записан час.
ordinary:public_figure | Омбудсманът Диана Ковачева беше казала публично, че условията в РПЦ не са безопасни за жени и деца. Да цитираме ли в становището?
ordinary:grant_number | Проектът е по програма CERV, споразумение № 101143503, трябва да фигурира на всички материали.
ordinary:budget | Бюджетът за преводачи до края на годината е 14 500 лв., т.е. около 360 часа. Трябва да приоритизираме.
ordinary:long_number | Наръчникът на Съвета на Европа за интервюиране на жени е с ISBN 978-92-871-8846-5, има го в библиотеката на фондацията.
ordinary:opening_hours | От 1 февруари консултациите са вт и чт 13–18 ч., а в петък само по записване. Моля, обновете табелата.
ordinary:training | Има ли интерес към двудневно обучение за травма-информирано интервюиране? Мислим за март в Хасково, до 18 човека, с водещи от УНИЦЕФ и психолог. Пишете до петък.
ordinary:colleague | Честито на Десислава Георгиева от нашия екип в Харманли, която вече е супервизор на мобилния екип! Въпросите за дежурствата – към нея.
ordinary:anonymised_case | Общ въпрос: жена на около 25 г. от Близкия изток, с отказ по убежище, казва, че е била принудена да работи. Кога се включва НМН за трафик?
ordinary:date_not_birth | Кампанията „16 дни активизъм“ започва на 25 ноември и свършва на 10 декември, пращайте идеи за събития в РПЦ-тата.
[hr]
phone | Bok ekipa, kratko pitanje za predaju: gospođa s jučerašnjeg savjetovanja traži da je zovemo samo na 091 473 2815, ujutro dok muž radi, nikako navečer. Treba li nam za to posebna privola ili je dovoljno da je zapisano u dosjeu?
phone | broj od brata mi je izdiktirala ovako: nula devet osam, sto šezdeset četiri, trideset tri, devedeset. ako ga netko iz CZSS-a zove neka mi se prije javi, on ne zna gdje je ona sada
email | Odvjetnica pita smije li slati rješenja direktno klijentici na marjam.sultani2002@gmail.com. Mail je njezin, ali lozinku zna i bivši partner... kako vi to rješavate?
email | za potvrdu o sudjelovanju: mail mu je ahmad.k majmunčić hotmail točka com
id_number | HZZO opet komplicira. Klijentica ima rješenje o azilu od listopada, OIB 26339655742, a u sustavu joj i dalje stoji status tražiteljice pa je ljekarna odbila recept. Zvala sam dvaput, kažu "čekajte ažuriranje". Je li netko našao brži put, neki kontakt u područnom uredu ili obrazac koji to ubrza? Ima terapiju koju ne smije prekidati.
id_number | OIB za obrazac CZSS: 201 983 180 91 (prepisala s rješenja, nisam 100% sigurna za zadnje dvije)
iban | Jednokratna pomoć za najam je odobrena!! Uplata ide na njezin račun HR66 2340 0094 8060 9936 3 — NE na zajednički s mužem. Računovodstvo, molim da pripazite, prošli put je otišlo krivo.
iban | rođak joj želi platit odvjetnicu, poslao je ovako: hr30 2484 00810294 19972
case_number | Za zapisnik, nakon današnjeg razgovora u postaji: prijava je zaprimljena u PU zagrebačkoj pod brojem 511-19-12-K-1482/26, ispitivanje je u veljači, treba joj pratnja i prevoditeljica (žena!).
case_number | Pp-3417/2026, Općinski prekršajni sud u Zagrebu, ročište 19.1. u 9 h — tko može ići s njom?
social | Pažnja: počinitelj objavljuje njezine fotke s profila @darko.ri_85 na instagramu. Prijavili smo profil tri puta, još je aktivan.
social | bivši je prati s ovog profila: facebook . com / goran.miletic.3391 — policija kaže da čuvamo screenshotove, ima li netko iskustva s brisanjem preko Mete?
plate | ako vidite sivi golf ZG 4821-KT ispred savjetovališta odmah zaštitar + 192, to je muž
plate | Cura se sjetila registracije kombija kojim su je vozili od granice: S T sedam tri osam H N. Bijeli kombi, bez natpisa, zatamnjena stražnja stakla. Proslijedila sam policiji, ali neka znate i vi na terenu.
address | Kućni posjet u utorak: Ilica 214, 10000 Zagreb, 3. kat, stan 12. Ne spominjite udrugu pred susjedima.
address | Ne zna točnu adresu, opisala je ovako: žuta kuća pored pekare, Gundulićeva broj dvadeset i dva u Rijeci, prvi kat, vrata lijevo od stepenica. Tamo je i dalje njezin sin.
date_of_birth | U iskaznici tražitelja piše 01.01.1991., a točan datum rođenja joj je 14.03.1991. Kako se to ispravlja u MUP-u?
date_of_birth | Dečko tvrdi da je rođen petog rujna dvijetisućite, dakle punoljetan, a u zapisniku ga vode kao dijete bez pratnje. Tko ovdje radi procjenu dobi?
named_person | Predaja slučaja (idem na bolovanje od ponedjeljka): Maryam Sultani, 23 god., Afganistanka, u Porinu od studenog. Preživjela seksualno nasilje na ruti kroz BiH. Dogovoren ginekolog u Petrovoj 14.1., psihologinja još nije. Govori dari i malo engleski. Ne želi muškog prevoditelja ni pod koju cijenu. Molim nekoga da preuzme do mog povratka.
named_person | Aisha Bello, 29, Nigerijka, radi sezonski u Poreču u apartmanima, danas došla s modricama, ne želi prijaviti. Što možemo?
ordinary:helplines | Podsjetnik za plakate: 116 006 (Nacionalni pozivni centar za žrtve kaznenih djela i prekršaja, besplatno), 116 111 Hrabri telefon za djecu, 112 hitno, 192 policija.
ordinary:helplines | AŽKZ ima besplatni SOS 0800 55 44, trebalo bi ga prevesti i na arapski i farsi
ordinary:statistics | Brojke za 2025.: 96 žena u savjetovalištu, od toga 27 tražiteljica međunarodne zaštite ili osoba pod zaštitom. Rast u odnosu na 2024. je vidljiv.
ordinary:percentages | U našoj maloj anketi oko 60% žena u prihvatilištu nije znalo da na intervjuu mogu tražiti službenicu i prevoditeljicu ženu.
ordinary:law | Ima li netko prijevod na arapski čl. 153 Kaznenog zakona (silovanje)? I Zakona o zaštiti od nasilja u obitelji (NN 70/17, 126/19, 84/21, 114/22) za zaštitne mjere.
ordinary:judgment | Za edukaciju predlažem ESLJP: A. protiv Hrvatske (55164/08) i Branko Tomašić i drugi protiv Hrvatske (46598/06). Obje su kratke i jasne.
ordinary:meeting | Sastanak mreže srijeda 21.1. u 10:30, dvorana 2 (prizemlje) + Zoom za Kutinu. Dnevni red šaljem sutra.
ordinary:version | v1.6 protokola o upućivanju (nacrt 4.12.) je u zajedničkoj mapi, izmjene crvenom
ordinary:postcode | Mobilni tim od veljače pokriva Kutinu (44320) te Zagreb 10000 i 10020.
ordinary:org_contact | Ured pravobraniteljice za ravnopravnost spolova: Preobraženska 4/I, Zagreb, ravnopravnost@prs.hr — za one koji su pitali kamo slati pritužbe.
ordinary:public_office | Prihvatilište za tražitelje međunarodne zaštite Porin (Sarajevska 41) prima posjete samo uz najavu dan ranije.
ordinary:public_figure | Pravobraniteljica Višnja Ljubičić u godišnjem izvješću opet piše o nasilju nad ženama migranticama, to možemo citirati u očitovanju.
ordinary:grant_number | Sporazum CERV br. 101144315 mora stajati na svim letcima i na web stranici projekta.
ordinary:budget | Za prevoditelje je do kraja godine ostalo 7.800 €, otprilike 190 sati. Treba odrediti prioritete.
ordinary:long_number | Narudžba letaka 2026-00871-04, ako ne stigne do petka javite se dobavljaču.
ordinary:opening_hours | radimo pon–pet 9–17, srijedom do 19, vikendom samo dežurni telefon
ordinary:training | Edukacija „Rad s prevoditeljem u slučajevima seksualnog nasilja”, 10. i 11. veljače u Zagrebu, 20 mjesta, prijave do kraja siječnja.
ordinary:colleague | Kolegica Ivana Marić iz tima u Kutini preuzima koordinaciju prevoditelja od siječnja, njoj se obraćajte za raspored.
ordinary:anonymised_case | Opće pitanje: žena tridesetih godina iz Sjeverne Afrike, negativno rješenje, kaže da je bila prisiljena raditi. Kada se uključuje Nacionalni referalni sustav za žrtve trgovanja ljudima?
ordinary:date_not_birth | Rok za izvješće prema donatoru je 31. siječnja, nakon toga nema ispravaka.
"""

POSTS = parse(_TEXT)
