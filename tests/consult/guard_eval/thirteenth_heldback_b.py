"""The thirteenth round's held-back part ``b``: es, it, mt, pl, hu, sl.

Written on 2026-12-07 by writer ``b``, who never read the guard (only
tests/consult/guard_eval/__init__.py for the format). Phone numbers were
checked with ``phonenumbers.is_valid_number``; DNI/NIE, codice fiscale,
PESEL, EMŠO, Slovenian tax number and all IBANs with python-stdnum (IBANs
also pass the national check digits stdnum knows: ES CCC, IT CIN, PL sort
code, HU and SI account checks were computed by hand); TAJ and Hungarian
adóazonosító jel check digits computed by their published algorithms;
ISBNs with ``stdnum.isbn``. The Maltese ID card numbers, plates and case
numbers follow local formats and have no check digit. All private names,
numbers, handles, plates and addresses are invented; helplines, laws,
judgments, public offices and public figures are the real published ones
as far as the writer knows them.
"""

from . import parse

_TEXT = """
[es]
phone | ¿Alguien puede llamar mañana a la usuaria que atendimos ayer en acogida? Su móvil es 612 48 93 07, mejor por whatsapp porque no siempre puede hablar delante del marido.
phone | Me deja el número de la prima para localizarla: seis tres tres, nueve cero cinco, uno uno cuatro. Habla árabe y algo de francés, nada de castellano.
email | Para el informe social me escribe la chica directamente a fatimazahra.bk98@gmail.com, que el correo del albergue lo lee el educador de turno
email | el correo de la señora es lucia punto mendoza punto r arroba hotmail punto es (lo dicta así ella, ojo que lleva la r al final)
id_number | Para tramitar la orden de protección nos piden el DNI del agresor, la policía nos pasó 10376211Z pero no sé si está bien copiado, ¿alguien lo puede confirmar con el atestado?
id_number | NIE de la usuaria: Y-457-6049-Y, la tarjeta caducó en marzo y está pendiente de la autorización por circunstancias excepcionales.
iban | Os paso la cuenta de la víctima para el ingreso de la ayuda del art. 27: ES30 2100 9286 5155 6705 6497. Titular ella sola, el marido no tiene acceso.
iban | cuenta de la madre ES04-0049-5300-0659-4040-5243 , ojo que la abrió con el pasaporte venezolano y el banco le está pidiendo el NIE
case_number | Atestado 4521/2026 de la comisaría de Usera, la chica denunció el 2 de noviembre. ¿Sabéis si ya ha pasado al Juzgado de Violencia sobre la Mujer nº 3?
case_number | Ha salido el auto en las Diligencias Previas 1187/2026 del Juzgado de Instrucción nº 2 de Algeciras, el de ella, el de la nigeriana del piso de la calle Ancha. Mañana os cuento.
social | El ex la sigue acosando desde una cuenta de Instagram nueva, se llama yassine_mlg_22, le ha mandado fotos de ella en el parque con los niños
social | su perfil de tiktok es tiktok . com / @ dayanna.cali.bcn — ha subido un vídeo donde se ve el portal del piso de acogida!!! hay que pedirle que lo borre ya
plate | Vio el coche del ex aparcado frente al colegio: Seat León gris, matrícula 4827 LKN. Ya se lo hemos pasado a la UFAM.
plate | La matrícula que apuntó la vecina: dos cinco nueve uno, be ge erre. Furgoneta blanca, la vio tres noches seguidas.
address | La usuaria vive ahora en c/ Alcalde Sainz de Baranda 37, 3º B, en casa de una compatriota, por si hay que hacer la visita domiciliaria.
address | es la casa de la puerta verde justo al lado de la panadería, número catorce de la calle San Blas, Lavapiés, segundo izquierda. no tiene nombre en el buzón
date_of_birth | Fecha de nac. de la menor: 19/06/2011, guineana, llegó sola en cayuco a El Hierro en septiembre.
date_of_birth | Según su pasaporte nació el veintitrés de febrero de dos mil cuatro, aunque ella dice que es mayor, ¿pedimos prueba de edad o no?
named_person | Amina Traoré, 24 años, maliense, alojada en el CAR de Alcobendas, pide cita con la psicóloga. ¿Quién la puede coger esta semana?
named_person | Aviso: Dayana Rocío Quintero (colombiana, 31) se fue del piso de emergencia anoche sin avisar, seguramente ha vuelto con él.
ordinary:helplines | Recordad a las usuarias que el 016 no deja rastro en la factura, pero sí en el historial de llamadas del móvil. Para menores, ANAR 900 20 20 10. Emergencias, 112.
ordinary:helplines | El 016 también atiende por WhatsApp en el 600 000 016 y por correo 016-online@igualdad.gob.es, en muchos idiomas.
ordinary:statistics | Según la Macroencuesta de 2019, el 57,3 % de las mujeres de 16 o más años residentes en España ha sufrido violencia a lo largo de su vida por ser mujer.
ordinary:percentages | En nuestro servicio este año un 38 % de las usuarias eran extranjeras y un 12 % no hablaba castellano al llegar.
ordinary:law | Para las que están en situación irregular: art. 31 bis de la LO 4/2000, y el 59 bis si hay indicios de trata. La LO 10/2022 amplió los títulos habilitantes.
ordinary:judgment | Muy útil la STS 344/2019 (caso La Manada) para explicar la intimidación ambiental en la formación de la policía local.
ordinary:meeting | Reunión de coordinación de la mesa local el jueves 17 de diciembre a las 10:30, sala 2 de la Junta Municipal. Traed los casos ya anonimizados porfa.
ordinary:version | Subo la versión 3.2 del protocolo de derivación (borrador del 30/11/2026). Revisad sobre todo el anexo II, el de intérpretes.
ordinary:postcode | El nuevo recurso está en Puente de Vallecas, CP 28053, y cubre también el 28018 y el 28038.
ordinary:org_contact | Para derivaciones a asilo podéis escribir a la sede central de Accem, Plaza de Santa María Soledad Torres Acosta 2, 28004 Madrid.
ordinary:public_office | La Oficina de Asilo y Refugio (c/ Pradillo 40, Madrid) sigue sin dar citas presenciales, todo por la sede electrónica.
ordinary:public_figure | La ministra de Igualdad, Ana Redondo, presentó ayer el nuevo plan contra la trata; a ver con qué dotación real.
ordinary:grant_number | El proyecto va con cargo a la convocatoria del 0,7 % del IRPF, expediente de subvención 101/2026/0089. Ponedlo en el encabezado de las memorias.
ordinary:budget | Nuestro presupuesto para intérpretes en 2027 son 18.400 €, igual que este año aunque hemos doblado las usuarias.
ordinary:long_number | El libro del que os hablé en la supervisión: ISBN 978-84-9104-726-1, está en la biblioteca del colegio profesional.
ordinary:opening_hours | El punto violeta del centro de salud abre de lunes a viernes de 9:00 a 14:00 y los martes también de 16:00 a 19:00.
ordinary:training | Curso online "Mutilación genital femenina: detección y abordaje", 20 horas, del 12 al 26 de enero. Plazas limitadas!
ordinary:colleague | Carmen Ruiz, trabajadora social de la UTS de Tetuán, coordina desde enero las derivaciones del distrito; escribidle por el canal interno.
ordinary:anonymised_case | Os planteo un caso para la supervisión del viernes, sin datos: mujer de unos 30, subsahariana, con un hijo pequeño, en situación irregular desde hace dos años. Llega derivada por el centro de salud tras una consulta por lesiones que ella atribuye a una caída. En la segunda entrevista cuenta que la pareja la controla el dinero y el móvil y que la ha amenazado con "llamar a extranjería". Quiere denunciar pero le aterra la expulsión y perder al niño. Dudas: 1) cómo explicarle bien lo del 31 bis sin prometerle nada, 2) si conviene acompañarla a la UFAM o esperar a tener abogada de oficio, 3) intérprete: ¿alguien trabaja con mediadoras en bambara? Gracias de antemano, se agradece cualquier experiencia.
ordinary:date_not_birth | El 25 de noviembre de 2026 hicimos la concentración delante del ayuntamiento, fuimos unas 200 personas.
[it]
phone | Vi lascio il cellulare della signora per il colloquio di lunedì: 347 219 8804, chiamare solo la mattina quando il marito è al lavoro
phone | numero della ragazza: tre due zero - sei cinque cinque - uno quattro sette due. parla inglese e pidgin
email | la mail della utente è joy.osagie91@yahoo.it, ci ha mandato lì le foto dei lividi per la relazione
email | Scrivete a mariam.benali chiocciola libero punto it per fissare l'appuntamento al CAV, è la mail che usa lei, non quella del compagno.
id_number | Codice fiscale della signora: LDRKDJ92M47Z330J (quello rilasciato dall'Agenzia delle Entrate quando ha avuto il permesso)
id_number | CF del marito per la segnalazione: H S S K R M 8 8 A 1 2 Z 3 3 6 F
iban | IBAN per il rimborso spese alla beneficiaria: IT77 V030 6936 5228 7615 3633 992
iban | Per il reddito di libertà il Comune chiede l'IBAN intestato solo a lei, eccolo: IT15O0200865635488040021603. Qualcuno sa se va bene una postepay evolution invece?
case_number | RGNR 8734/2026 Procura di Torino, codice rosso attivato il 4/11, la signora aspetta ancora di essere sentita. È normale?
case_number | Ricorso contro il diniego, R.G. 12874/2026 Tribunale di Bologna sezione immigrazione: udienza fissata a marzo, l'avvocata è la solita.
social | Il tizio le scrive da un profilo facebook, facebook.com/emeka.okonkwo.7543, dice che sa dove sta e che la trova
social | su insta è blessing_ naija_ queen (tutto attaccato), ha postato una storia davanti alla casa rifugio. Qualcuno può parlarle con calma?
plate | Auto del maltrattante: Fiat Punto nera targa FG 482 LK, l'ha vista due volte davanti al consultorio questa settimana.
plate | targa: effe bi, trecentonovantuno, di erre. Tenetela presente se chiamano i carabinieri.
address | Attualmente la signora è ospite da un'amica in via Nizza 118, scala B, interno 7, Torino.
address | abita nella palazzina gialla dietro la farmacia, civico ventidue di via dei Mille a Palermo, citofono senza nome, terzo piano
date_of_birth | data di nascita del bambino: 03/08/2019, nato a Castel Volturno, riconosciuto solo dalla madre
date_of_birth | La ragazza dichiara di essere nata il primo gennaio duemilasette, ma in Libia le hanno scritto un'altra data sul foglio.
named_person | Khadija El Idrissi, 34 anni, marocchina, residente a Brescia, vuole uscire di casa con le due figlie: chi ha posto in casa rifugio?
named_person | Passaggio di consegne prima delle ferie, scusate se è lungo. Precious Eghosa, nigeriana, 22 anni, sbarcata a Lampedusa il 14 settembre, ora al CAS di Cona. Al colloquio con la mediatrice ha parlato di un debito con una "madam" a Castel Volturno e di un giuramento fatto prima di partire; forti indicatori di tratta. Non ha ancora fatto la memoria per la Commissione. Ha chiesto esplicitamente di non essere trasferita al sud. Da fare: contatto con il numero verde antitratta per la valutazione, visita ginecologica (già prenotata), e parlare con l'operatrice legale del CAS. Io rientro il 7 gennaio, nel frattempo la segue Giulia.
ordinary:helplines | Ricordate sempre il 1522, gratuito e attivo 24 ore su 24, anche in inglese, francese, arabo e spagnolo. Per le emergenze il 112.
ordinary:helplines | Per i minori: 114 Emergenza Infanzia e 19696 di Telefono Azzurro, oppure il 116 000 per i bambini scomparsi.
ordinary:statistics | Dati ISTAT (indagine 2014): il 31,5% delle donne tra 16 e 70 anni ha subito nel corso della vita una qualche forma di violenza fisica o sessuale.
ordinary:percentages | Nel nostro CAV il 43% delle donne accolte nel 2025 era straniera, contro il 35% del 2023.
ordinary:law | Per il permesso alle vittime di violenza domestica vedete l'art. 18-bis del D.Lgs. 286/1998; per la tratta l'art. 18. Il codice rosso è la legge 69/2019.
ordinary:judgment | Da far leggere alle forze dell'ordine: CEDU, Talpis c. Italia, ricorso n. 41237/14, sentenza del 2 marzo 2017.
ordinary:meeting | Riunione di rete martedì 15 dicembre ore 14.30, sala riunioni al secondo piano. Portate le schede aggiornate
ordinary:version | Caricata la bozza v4 delle linee guida SAI sulla vulnerabilità, aggiornata al 2 dicembre 2026. Commenti entro il 18.
ordinary:postcode | Il progetto copre i CAP 10152, 10153 e 10154 (Aurora e Barriera di Milano).
ordinary:org_contact | La Casa Internazionale delle Donne è in via della Lungara 19, Roma: lì fanno anche lo sportello legale.
ordinary:public_office | Questura di Milano, Ufficio Immigrazione, via Montebello 26: per le vittime di tratta c'è un canale dedicato, chiedete dell'ufficio art. 18.
ordinary:public_figure | La ministra Eugenia Roccella ha annunciato l'aumento del fondo per il reddito di libertà, vediamo i decreti.
ordinary:grant_number | Progetto finanziato dal FAMI 2021-2027, codice PROG-2841: il numero va su tutte le fatture!!
ordinary:budget | Il budget per la mediazione linguistica è sceso a 12.000 euro annui, contro i 19.500 dell'anno scorso.
ordinary:long_number | Ordine n. 2026/004417 per i kit igiene della casa rifugio, consegna prevista entro venerdì.
ordinary:opening_hours | Lo sportello antiviolenza del consultorio è aperto lun-mer-ven 9-13 e giovedì 14-18, senza appuntamento.
ordinary:training | Corso ECM "Riconoscere le vittime di tratta in pronto soccorso", 8 crediti, 22 gennaio 2027, aula magna dell'ospedale.
ordinary:colleague | La collega Francesca Rinaldi, assistente sociale del Comune, segue da gennaio i nuclei con minori: contattatela in chat.
ordinary:anonymised_case | Una donna sui quarant'anni, dall'Africa occidentale, ha raccontato di aver subito MGF da bambina e ora teme per la figlia. Voi come vi muovete?
ordinary:date_not_birth | Il 25 novembre 2026 abbiamo fatto l'iniziativa con le scuole, più di 300 ragazzi in piazza.
[mt]
phone | Il-mobile tal-klijenta huwa 7941 2286, ċemplulha wara l-għaxra għax ir-raġel ikun ix-xogħol.
phone | in-numru tal-oħt: disgħa disgħa tlieta tmienja, żero erbgħa wieħed sebgħa. titkellem bl-Għarbi biss
email | L-email tagħha hi hanan.salem94@gmail.com, ibgħatulha l-appointment hemm mhux bil-posta.
email | ibagħtu lil grace dot mensah at outlook dot com, dik tagħha personali mhux dik tax-xogħol
id_number | Numru tal-karta tal-identità tal-aggressur: 0348791M, il-pulizija qaltilna li għandu rekord.
id_number | ID card tiegħu: żero erbgħa wieħed disgħa, tmienja erbgħa tlieta, M — għandna bżonnha għall-protection order
iban | IBAN tal-benefiċjarja għall-allowance: MT11 VALL 2201 4000 8076 8521 9579 200
iban | L-account tagħha hu MT41MMEB44093000001234987605001, f'isimha biss, ir-raġel m'għandux aċċess.
case_number | Ir-rapport sar l-għassa tal-Ħamrun, case ref. 2026/HAM/11894 — xi ħadd jaf jekk il-Gender-Based and Domestic Violence Unit ħaditu?
case_number | L-applikazzjoni għall-protezzjoni internazzjonali tiegħu għandha r-referenza IPA 25/08817, għadha pending mis-sena l-oħra.
social | Qed jheddidha minn TikTok, l-account hu kurt.zammit.official, tella' video tagħha ħierġa mix-shelter
social | profil tal-facebook tiegħu: facebook . com / jon.borg . 9921 — qed itella' ritratti tagħha, irrappurtajnieh diġà
plate | Il-karozza tiegħu hija Toyota Vitz ħamra, number plate BKZ 482, rawha mal-ġenb tal-iskola.
plate | plate: bi, ar, ti, wieħed tnejn sebgħa. van abjad, rawh tliet darbiet wara l-shelter
address | Issa qed toqgħod għand il-kuġina: Flat 4, 27, Triq San Ġorġ, Birżebbuġa.
address | id-dar bil-bieb aħdar faċċata tal-każin tal-banda, numru tmintax, Triq il-Knisja, iż-Żurrieq. ma hemmx isem fuq il-bieb
date_of_birth | Data tat-twelid tat-tifla: 14/02/2012, Eritrea, waslet mhux akkumpanjata.
date_of_birth | skont il-passaport twieldet fis-seba' ta' Marzu elfejn u wieħed, iżda hi tgħid li hi ikbar
named_person | Hanan Salem, 32 sena, Libjana, toqgħod il-Marsa, trid tkellem lil xi ħadd dwar protection order. Min jista'?
named_person | Handover: Grace Mensah (Ganiża, 27) telqet mill-open centre ta' Ħal Far it-Tnejn filgħaxija, possibbli trafficking.
ordinary:helplines | Ftakru li s-Supportline 179 hija 24/7, u għall-emerġenzi 112. Għat-tfal u ż-żgħażagħ hemm il-116 111.
ordinary:statistics | Skont l-istħarriġ tal-FRA tal-2014, mara minn kull tlieta fl-UE esperjenzat vjolenza fiżika jew sesswali.
ordinary:percentages | Fl-2025, 41% tal-klijenti tagħna ma kinux Maltin, u kważi nofshom ma kinux jitkellmu bl-Ingliż sew.
ordinary:percentages | Mill-każijiet li rreferejna lill-pulizija, 63% spiċċaw b'rapport formali u 22% b'protection order.
ordinary:law | Ara l-Att dwar il-Vjolenza abbażi tal-Ġeneru u l-Vjolenza Domestika, Kap. 581, u l-Att dwar il-Protezzjoni Internazzjonali, Kap. 420.
ordinary:judgment | Is-sentenza tal-QĠUE fil-kawża C-621/21 (16 ta' Jannar 2024) tgħid li n-nisa jistgħu jitqiesu grupp soċjali partikolari, utli ħafna għall-appelli.
ordinary:meeting | Laqgħa tan-network nhar il-Ħamis 10 ta' Diċembru fl-10:00, kamra 3, fl-uffiċċju tagħna l-Belt.
ordinary:version | Ittellgħet il-verżjoni 2.1 tal-protokoll tar-referral (abbozz tat-3 ta' Diċembru 2026), agħtu ħarsa sal-Ġimgħa.
ordinary:postcode | Il-proġett ikopri l-Marsa u l-Ħamrun, jiġifieri l-postcodes MRS u HMR kollha.
ordinary:org_contact | Victim Support Malta jistgħu jintlaħqu fuq info@victimsupport.org.mt għal referrals mhux urġenti.
ordinary:public_office | L-Uffiċċju tal-Kummissarju għall-Vjolenza abbażi tal-Ġeneru jilqa' sottomissjonijiet għall-istrateġija l-ġdida sal-aħħar tax-xahar.
ordinary:public_figure | Fil-konferenza tal-2024 il-Kummissarja Audrey Friggieri tkellmet fuq in-nisa migranti u l-permessi dipendenti.
ordinary:grant_number | Il-proġett hu ffinanzjat minn AMIF, ref. MT/2024/AMIF/1.03, niżżluh fuq kull timesheet.
ordinary:budget | Il-baġit tal-interpreti għal din is-sena hu ta' €9,500, mhux biżżejjed għal Tigrinja u Għarbi.
ordinary:long_number | Il-manwal il-ġdid: ISBN 978-99957-64-11-1, hemm kopja fil-librerija tal-uffiċċju.
ordinary:opening_hours | L-uffiċċju miftuħ mit-Tnejn sal-Ġimgħa 8:00–16:00, is-Sibt 9:00–12:00.
ordinary:training | Taħriġ fuq trauma-informed interviewing, 14 ta' Jannar, 9am-1pm, online, b'ċertifikat.
ordinary:colleague | Il-kollega tagħna Maria Camilleri, social worker, se tieħu ħsieb ir-referrals kollha minn Jannar.
ordinary:anonymised_case | Bżonn ftit pariri, każ mingħajr dettalji: klijenta żagħżugħa, mil-Lvant Nofsani, ilha Malta sentejn fuq family reunification. Trid titlaq lir-raġel iżda l-permess tagħha jiddependi minnu u ma taħdimx. Hi beżgħana li jekk tagħmel rapport jibagħtuha lura. Xi ħadd għandu esperjenza b'applikazzjoni għal permess indipendenti f'dawn il-każijiet? U x'jiġri mit-tfal jekk hu jopponi? Thanks ħafna.
ordinary:date_not_birth | Fil-25 ta' Novembru 2026 għamilna vigil quddiem il-Parlament, ġew ħafna nies.
[pl]
phone | Numer do klientki: 512 804 377, dzwonić tylko między 10 a 12, wtedy jest sama w domu.
phone | tel. do siostry pani O.: sześćset dziewięćdziesiąt osiem, dwieście trzydzieści, czterysta piętnaście. mówi po rosyjsku
email | mail pani: oksana.kovalchuk87@wp.pl — tam wyślijcie info o terminie przesłuchania
email | adres sprawcy: marek.wojcik.77 małpa o2 kropka pl (tak podała policja w notatce)
id_number | PESEL klientki: 95031704865, ma status UKR, potrzebny do wniosku o zasiłek celowy.
id_number | PESEL sprawcy (z formularza Niebieskiej Karty): 881 124 056 38
iban | Nr konta do przelewu zasiłku: PL18 1020 8012 6777 4373 3454 6426 (konto pani Oksany, nie męża!)
iban | konto: 37 1140 8051 7914 3372 1427 0326 — to jej własne, mąż nie ma dostępu
case_number | Sygn. akt II K 845/26, Sąd Rejonowy dla Warszawy Pragi-Południe, rozprawa znowu przełożona, pani bardzo się boi konfrontacji.
case_number | Postępowanie PR 2 Ds. 1452.2026, prokuratura chce przesłuchać ją w trybie art. 185c, czy ktoś może być z nią jako osoba zaufania?
social | Sprawca wrzuca jej zdjęcia na insta z konta tomek.krk.1990, zgłaszaliśmy już do Mety, zero reakcji
social | jej tiktok: tiktok . com / @ natalka _ lviv _ 03 — nagrała filmik spod ośrodka, trzeba z nią porozmawiać
plate | Samochód sprawcy: czarne BMW, nr rej. KR 7N482, parkuje pod ośrodkiem od tygodnia.
plate | numer rej. busa: W O 8 1 3 4 7, biały, kierowca ten sam co ostatnio
address | Pani mieszka teraz u koleżanki: ul. Grochowska 214 m. 17, Warszawa.
address | ten szary blok za Biedronką, numer dwadzieścia trzy na Zielonej w Piasecznie, czwarte piętro, drzwi po lewej
date_of_birth | Data ur. dziecka: 12.04.2017, obywatelstwo białoruskie, bez opiekuna w PL
date_of_birth | urodzona siedemnastego marca tysiąc dziewięćset dziewięćdziesiątego piątego, tak ma w paszporcie
named_person | Oksana Kowalczuk, 31 lat, z Charkowa, mieszka w hostelu na Targówku — prosi o pomoc prawną w sprawie alimentów.
named_person | Przekazuję sprawę: Tatsiana Mikhalchuk, Białorusinka, ur. 1990, w ośrodku w Dębaku od 5 listopada, zgłasza przemoc ze strony partnera.
ordinary:helplines | Niebieska Linia 800 120 002 — całodobowo i bezpłatnie. Telefon zaufania dla dzieci i młodzieży 116 111. Alarmowy 112.
ordinary:helplines | Centrum Praw Kobiet ma telefon interwencyjny 600 070 717, czynny całą dobę.
ordinary:statistics | Według danych policji co roku wypełnia się kilkadziesiąt tysięcy formularzy Niebieskiej Karty, ale cudzoziemki to ułamek procenta.
ordinary:percentages | W naszym punkcie 27% klientek to obywatelki Ukrainy, 6% Białorusi, reszta Polki.
ordinary:law | Nowa definicja zgwałcenia w art. 197 kk obowiązuje od lutego 2025, a ustawa o przeciwdziałaniu przemocy domowej po nowelizacji z 2023 obejmuje też przemoc ekonomiczną.
ordinary:judgment | Klientki dalej pytają o wyrok TK z 22.10.2020, sygn. K 1/20 — przypominam, że przesłanka ciąży z czynu zabronionego nadal obowiązuje.
ordinary:meeting | Krótka notatka z wczorajszego spotkania sieci (dzięki wszystkim, było nas 14 osób z 9 organizacji). Ustalenia: 1) kolejne posiedzenie zespołu interdyscyplinarnego 16 grudnia o 9:00, sala 104, OPS Praga-Północ; 2) do końca stycznia zbieramy od wszystkich listę tłumaczek i tłumaczy, z którymi współpracujemy (ukraiński, rosyjski, białoruski, gruziński, dari); 3) punkt konsultacyjny przy Ząbkowskiej zostaje otwarty w święta tylko 27 i 30 grudnia; 4) Basia przygotuje krótką ulotkę o procedurze NK po ukraińsku. Jeśli czegoś brakuje, dopiszcie w komentarzu. Następne spotkanie sieci w lutym, termin podam na forum.
ordinary:version | Wrzucam wersję 1.4 procedury (projekt z 1.12.2026), uwagi do piątku proszę.
ordinary:postcode | Punkt obsługuje mieszkanki z kodami 03-400 do 03-480, reszta do punktu na Woli.
ordinary:org_contact | Centrum Praw Kobiet, ul. Wilcza 60/19, 00-679 Warszawa — tam kierujcie po pomoc prawną.
ordinary:public_office | Urząd do Spraw Cudzoziemców, ul. Koszykowa 16, Warszawa: wnioski o ochronę przyjmuje Straż Graniczna, nie urząd.
ordinary:public_figure | RPO Marcin Wiącek w 2024 r. zwracał uwagę na brak tłumaczy w procedurze Niebieskiej Karty.
ordinary:grant_number | Umowa dotacyjna nr DFW-IV.5211.34.2026 — numer musi być na każdym opisie faktury.
ordinary:budget | Budżet na tłumaczy: 24 000 zł na rok, wykorzystaliśmy już 19 800 zł.
ordinary:long_number | Polecam: ISBN 978-83-235-5041-9, rozdział 4 o przemocy wobec migrantek.
ordinary:opening_hours | Punkt czynny pon.–pt. 8:00–18:00, w soboty dyżur telefoniczny 10–14.
ordinary:training | Szkolenie „Przemoc wobec kobiet z doświadczeniem migracji”, 20 stycznia 2027, 10:00–15:00, online.
ordinary:colleague | Nasza psycholożka Anna Zielińska przejmuje grupę wsparcia dla kobiet z Ukrainy od stycznia.
ordinary:anonymised_case | Klientka ok. 40 lat, z Azji Środkowej, nie zna polskiego, mąż zabiera jej dokumenty. Jak ją przygotować do przesłuchania?
ordinary:date_not_birth | Kampania 16 dni działania zaczęła się 25 listopada 2026, a skończyła 10 grudnia.
[hu]
phone | A kliens mobilja: +36 30 418 2296, csak délelőtt hívjátok, akkor nincs otthon a férje.
phone | a nővére száma: nulla hat, hetven, kilenc négy egy, három három öt nyolc. ukránul és oroszul beszél
email | Az ügyfél e-mail címe nadia.horvath.bp@gmail.com, oda küldjük az időpontot.
email | a bántalmazó címe: kovacs pont zsolt82 kukac freemail pont hu — ezt a rendőrségtől kaptuk
id_number | A kliens TAJ-száma 038 412 756, a kórházi felvételhez kell, kérlek írjátok rá a beutalóra.
id_number | Adóazonosító jele: 8394172563, a családi pótlékhoz kérik a kormányablakban.
iban | Bankszámlaszáma: HU30 1172 9471 7207 5338 1641 0889 (csak az ő nevén van)
iban | ide utaljátok a krízistámogatást: 10476888-10327325-15237580, a saját számlája
case_number | Feljelentés: ügyszám 01000/4521/2026.bü. (BRFK XIV. kerület), kapcsolati erőszak, tanúkihallgatás jövő héten.
case_number | A Szent János Kórház kórlapszáma 2026/118734, a látleletet is ezen a számon kérjétek ki.
social | A volt párja Instagramon követi: gergo.vadasz_official, mindenhol ott van.
social | facebook . com / szabina . lakatos . 93 — ő maga osztotta meg a menhely környékét, szólni kéne neki
plate | A férj autója: ezüst Opel Astra, rendszám NKZ-471.
plate | rendszáma A E  K L - 2 8 4, fehér Suzuki, a házmester szerint esténként ott áll a ház előtt
address | A nő most a barátnőjénél lakik: Budapest, Hungária körút 162. 4. em. 12.
address | a sárga ház a pékség mellett, Fő utca tizennégy, Szigetszentmiklós, a kapu mögött hátul a kis lakás
date_of_birth | Születési dátum: 2009.05.21., afgán, kísérő nélküli kiskorú.
date_of_birth | kétezer-egy március harmincadikán született, legalábbis a papírjai szerint
named_person | Nadia Horváth, 29 éves, ukrán–magyar kettős állampolgár, Kispesten él, távoltartást kérne.
named_person | Átadás, mert januárig szabadságon leszek: Fatima Rahimi, 19 éves afgán lány, a Fóti úti szállón lakik november 3. óta. A nagybátyja Bécsből intézi neki a házasságot, a lány nem akarja, és fél, hogy erővel elviszik. Egyelőre nem tett feljelentést, de a tolmáccsal (dari) már kétszer beszéltünk róla a lehetőségekről. Amit kér: ne menjen senki a szállóra egyenruhában, és női kolléga foglalkozzon vele. Kérlek, hetente legalább egyszer hívja valaki.
ordinary:helplines | OKIT: 06 80 20 55 20, ingyenes, éjjel-nappal hívható. Kék Vonal gyerekeknek: 116 111. Segélyhívó: 112.
ordinary:statistics | Az FRA 2014-es felmérése szerint Magyarországon a nők 28%-a élt át fizikai vagy szexuális erőszakot 15 éves kora óta.
ordinary:percentages | Tavaly a klienseink 14%-a volt külföldi állampolgár, 5% egyáltalán nem beszélt magyarul.
ordinary:law | Btk. 212/A. § a kapcsolati erőszak; a távoltartásról a 2009. évi LXXII. törvény szól.
ordinary:law | Az (EU) 2024/1385 irányelvet a nők elleni erőszakról 2027. június 14-ig kell átültetni.
ordinary:judgment | Érdemes elolvasni az EJEB Kalucza kontra Magyarország ítéletét (57693/10, 2012. április 24.).
ordinary:meeting | Esetmegbeszélés december 14-én, hétfőn 13:00-kor, a 2. emeleti tárgyalóban.
ordinary:version | Feltöltöttem az esetkezelési protokoll 2.3-as verzióját (tervezet, 2026. december 1.).
ordinary:postcode | Az új krízisközpont a VIII. kerületben van, az 1081–1089 irányítószámú területet látja el.
ordinary:org_contact | Magyar Helsinki Bizottság, 1242 Budapest, Pf. 317 — menekültügyi jogi segítségért oda írjatok.
ordinary:public_office | Országos Idegenrendészeti Főigazgatóság, Budapest, Budafoki út 60. Ügyfélfogadás csak időpontra.
ordinary:public_figure | Kozma Ákos ombudsman jelentésében is szerepelt a kísérő nélküli kiskorúak helyzete.
ordinary:grant_number | A pályázati azonosító EFOP Plusz-1.3.1-24-2024-00012, ezt kell minden számlára ráírni.
ordinary:budget | A tolmácsolásra idén 3,2 millió forint jutott, ebből 2,7 már elment.
ordinary:long_number | A kézikönyv: ISBN 978-963-8120-45-8, megvan a könyvtárban.
ordinary:opening_hours | Ügyfélfogadás: hétfő–csütörtök 9–16, pénteken 9–13.
ordinary:training | Képzés: „Traumatudatos interjúkészítés menekült nőkkel”, január 18., 30 továbbképzési pont.
ordinary:colleague | Kollégánk, Tóth Eszter szociális munkás januártól a családsegítőnél koordinálja a jelzéseket.
ordinary:anonymised_case | Egy harmincas éveiben járó közel-keleti nő azt kérdezi, elveszíti-e a tartózkodási engedélyét, ha elválik. Van tapasztalatotok?
ordinary:date_not_birth | A 2026. november 25-i rendezvény jól sikerült, kb. 80-an jöttek el.
[sl]
phone | Gospa ima številko 041 528 337, kličite jo samo dopoldne, ko je mož v službi.
phone | številka njenega brata: nič sedemdeset, šeststo triinšestdeset, nič devetnajst. govori samo bosansko
email | e-naslov stranke: amra.hodzic88@gmail.com, tja ji pošljite termin
email | piše ji z naslova zoran pika k77 afna siol pika net, vsa sporočila je shranila
id_number | EMŠO gospe: 1205989505127, potrebujemo ga za vlogo na CSD za denarno socialno pomoč.
id_number | njegova davčna: 58 39 27 18 (iz sklepa o prekršku)
iban | TRR za nakazilo: SI56 0201 0442 1835 564 (račun je na njeno ime)
iban | SI56 0451 5049 9387 354 – tja ji nakažite enkratno pomoč, ne na moževega!!
case_number | Opr. št. II K 18734/2026 na Okrožnem sodišču v Ljubljani, obravnava je bila spet preložena.
case_number | Njena prošnja za mednarodno zaščito ima št. 2142-2518/2026, odgovora še ni.
social | Bivši partner ji piše z Instagram profila denis_mb_1992, tudi ko ga blokira, odpre novega
social | njegov facebook: facebook . com / marko . novak . 5518 — objavlja njene slike
plate | Avto nasilneža: črn Golf, registrska LJ 45-PTK, parkiran pred vrtcem.
plate | registrska: ka-er, de-en, tri ena osem. siv kombi
address | Gospa trenutno stanuje pri sestri na Celovški cesti 187, Ljubljana, 3. nadstropje.
address | hiša z modrimi polkni poleg pekarne, Glavni trg štirinajst v Novem mestu, vhod z dvorišča
date_of_birth | Datum rojstva otroka: 07. 11. 2015, državljan BiH.
date_of_birth | rojena je triindvajsetega marca devetnajststo triindevetdeset, tako piše v potnem listu
named_person | Amra Hodžić, 36 let, iz BiH, živi v Mariboru, želi se z otrokoma umakniti v varno hišo.
named_person | Predaja primera: Lina Haddad, Sirijka, 23 let, v azilnem domu na Viču od 20. oktobra, poroča o spolnem nadlegovanju.
ordinary:helplines | SOS telefon za ženske in otroke – žrtve nasilja: 080 11 55, brezplačno in anonimno. TOM telefon 116 111, nujna pomoč 112, policija 113.
ordinary:helplines | Anonimni telefon policije je 080 1200, če stranka ne želi klicati 113.
ordinary:statistics | Po raziskavi FRA je v Sloveniji 22 % žensk od 15. leta doživelo fizično ali spolno nasilje.
ordinary:percentages | Lani je bilo 18 % naših uporabnic tujk, večina iz BiH in Kosova.
ordinary:law | Zakon o preprečevanju nasilja v družini (ZPND) in 170. člen KZ-1 po noveli iz 2021 (model »ja pomeni ja«).
ordinary:judgment | Sodba ESČP Y. proti Sloveniji (št. 41107/10, 28. 5. 2015) o zaslišanju žrtve spolnega nasilja — obvezno branje.
ordinary:meeting | Sestanek multidisciplinarnega tima v četrtek, 17. decembra, ob 9.00, sejna soba CSD.
ordinary:version | V prilogi je osnutek v1.3 smernic (2. 12. 2026), pripombe do petka.
ordinary:postcode | Pokrivamo območje 1000 Ljubljana in 1210 Ljubljana - Šentvid.
ordinary:org_contact | Za žrtve trgovine z ljudmi pišite Društvu Ključ na info@drustvo-kljuc.si.
ordinary:public_office | Urad vlade za oskrbo in integracijo migrantov, Cesta v Gorice 15, Ljubljana — tam se vlaga tudi za nastanitev.
ordinary:public_figure | Varuh človekovih pravic Peter Svetina je v letnem poročilu opozoril na pomanjkanje tolmačev.
ordinary:grant_number | Projekt sofinancira AMIF, pogodba št. 4300-15/2025, številko navedite na vseh računih.
ordinary:budget | Za tolmačenje imamo letos 7.800 EUR, porabili smo že 6.100.
ordinary:long_number | Priročnik: ISBN 978-961-293-877-2, je v knjižnici društva.
ordinary:opening_hours | Svetovalnica je odprta pon–pet 9–15, ob sredah do 18.
ordinary:training | Usposabljanje »Prepoznavanje žrtev trgovine z ljudmi«, 21. januarja 2027, 8 ur, Ljubljana.
ordinary:colleague | Kolegica Maja Kranjc, socialna delavka na CSD Maribor, prevzame koordinacijo od januarja.
ordinary:anonymised_case | Rabim nasvet, primer brez podatkov: stranka srednjih let, z Zahodnega Balkana, v Sloveniji 4 leta, dovoljenje za prebivanje vezano na moža. Slovensko skoraj ne govori, mož ji je vzel potni list in kartico, denarja nima. Otroka hodita v OŠ, učiteljica je opazila modrice pri mlajšem in obvestila CSD. Stranka se boji, da bo ob prijavi izgubila dovoljenje in otroka. Kdo ima izkušnje z UE glede samostojnega dovoljenja za žrtve nasilja? In ali imate tolmača za albanščino, ki ni iz iste skupnosti? hvala
ordinary:date_not_birth | Shod 25. novembra 2026 na Prešernovem trgu, okoli 300 ljudi.
"""

POSTS = parse(_TEXT)
