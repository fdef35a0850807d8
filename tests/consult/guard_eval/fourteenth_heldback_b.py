"""The fourteenth round's held-back part ``b``: es, it, mt, pl, hu, sl.

Written on 2026-12-08 by a writer who never read the guard. Countries: Spain
(es), Italy (it), Malta (mt, Maltese with the usual English code-switching),
Poland (pl), Hungary (hu), Slovenia (sl). Every private phone number was
checked with ``phonenumbers.is_valid_number`` for its region (ES, IT, MT, PL,
HU, SI); DNI/NIE with ``stdnum.es.dni``/``stdnum.es.nie``, the codice fiscale
with ``stdnum.it.codicefiscale``, PESEL and NIP with ``stdnum.pl``, EMSO and
the Slovenian tax number with ``stdnum.si.emso``/``stdnum.si.ddv``; every IBAN
with ``stdnum.iban.is_valid`` (Spanish ones also with ``stdnum.es.iban``; the
Italian CIN, Polish sort-code and Hungarian account check digits computed by
hand). The Hungarian TAJ and tax identification numbers were built with their
published check-digit rules. Maltese residence-card, passport, plate and case
numbers have no public checksum and follow the usual formats. All private
names, numbers, addresses, handles, plates and dates are invented; helplines,
laws, judgments, statistics and organisations in ordinary posts are public.
"""

from . import parse

_TEXT = """
[es]
phone | Traspaso turno noche: la usuaria de la hab. 3 (la chica hondureña que entró el lunes) pide que la llame la abogada mañana a primera hora a su número nuevo, 644 718 293. El antiguo lo sigue teniendo él, así que NADA de mensajes de voz ni SMS al viejo.
phone | Me ha dejado un papelito con el móvil de su prima en El Ejido, lo copio tal cual lo escribió ella: seis cinco uno / dos cero nueve / tres ocho cuatro. Dice que solo contesta por la tarde porque está en el invernadero. ¿Alguien del equipo de Almería puede llamar esta semana?
email | Para la derivación a Valencia necesito que firme el consentimiento, pero mientras tanto me pide que le mandemos copia de todo a su correo personal: yesenia.cardona91@gmail.com. ¿Lo hacemos ya o esperamos a tener la firma? No quiero liarla con la LOPD.
email | El agresor le escribe desde una cuenta nueva, me la dictó así: "elpatron punto dosmilveintiseis arroba hotmail punto es". La he metido en la ficha por si la UFAM la pide, no la pongo en el drive común.
id_number | Ojo!! En la solicitud de cita del SEPE pusieron mal el NIE de la usuaria, el bueno es Y4829153H. Hay que corregirlo antes del jueves o pierde la cita otra vez.
id_number | DNI del denunciado, sale en la foto del contrato de alquiler que trajo ella: 47382915-V. Se lo pasamos a la UFAM con el resto de la documentación. Por favor no lo copiéis en el grupo de WhatsApp.
iban | Buenas noticias 🙌 ya tiene cuenta a su nombre y la ayuda de emergencia se puede ingresar ahí: ES34 2100 4173 1902 0158 3946, titular solo ella. Quitad la cuenta antigua de la ficha de pagos.
iban | Hemos descubierto que el IMV de toda la unidad familiar se cobra en una cuenta solo de él, ella me enseñó una carta del banco: ES86 0049 2718 36 2910847365. Ella no tiene ni tarjeta. ¿Se lo comunicamos a la trabajadora social del ayuntamiento o primero a la abogada?
case_number | DP 1482/2026 del Juzgado de Violencia sobre la Mujer nº 2 de Murcia: la comparecencia de la orden de protección es el día 15 a las 11. Todavía no tiene letrada del turno de oficio asignada, ¿alguien puede llamar al Colegio?
case_number | Su expediente de protección internacional es el 26/0417238 y está en instrucción, con la entrevista ya hecha en Aluche. Lo que falta es el informe psicológico; si alguien de salud mental puede verla antes del 20, genial.
social | La chica nos enseñó el perfil de Instagram donde el tío sube fotos suyas sin permiso: @dj_kevo.mdz. Reportado varias veces y sigue abierto. ¿Alguien ha conseguido alguna vez que Meta retire algo rápido?
social | Le escribe por TikTok una tal "la_reina_de_lavapies" (sin arroba, con guiones bajos) ofreciéndole "trabajo de camarera" en Benidorm con piso incluido. Captación de manual. Le hemos dicho que no conteste y hemos guardado capturas.
plate | Los vecinos del piso de acogida dicen que un Seat León gris, matrícula 8315 LVT, lleva tres noches aparcado enfrente del portal. La usuaria lo reconoce, es del hermano de él. Aviso a Policía Local hecho a las 22:40.
plate | Para la declaración: la furgoneta blanca en la que las llevaban a los clubs, ella recuerda la matrícula como "dos mil noventa y cuatro, eme, hache, be". Sería 2094 MHB. No sabe la marca, cree que Renault.
address | Nueva dirección de la usuaria tras la salida del recurso: C/ Arquitecto Morell 14, 3ºB, 03003 Alicante. Por favor NO facilitarla a nadie de la familia aunque llamen diciendo que es urgente.
address | Para la visita domiciliaria del martes: es el bloque amarillo justo detrás del Mercadona de la avenida en el barrio de San Antón, portal 7, segundo piso, la puerta que tiene la pegatina de la Virgen del Rocío. Vive con la suegra, así que ir juntas y con la excusa del centro de salud.
date_of_birth | La menor (marroquí, llegó en cayuco a El Hierro en octubre) dice haber nacido el 09/02/2010, pero en la prueba de determinación de edad le han puesto mayor de edad. Vamos a pedir revisión a Fiscalía con la partida de nacimiento que le ha mandado su madre.
date_of_birth | Fecha de nacimiento de la usuaria según el pasaporte colombiano: 23 de julio de 1984. En el padrón de Getafe figura 1985 y por eso le rechazan el arraigo. Hay que cuadrarlo antes de volver a presentar.
named_person | Os paso el caso para la reunión de mañana, que es largo. Fatoumata Camara, 27 años, guineana (Conakry), trabaja desde marzo en la recogida de fresa en una finca grande de Moguer, de las que tienen alojamiento en módulos dentro de la propia finca. Llegó con contrato en origen a través de una ETT. Refiere que el encargado de su cuadrilla, un hombre de unos cincuenta años al que todas llaman "el Rubio", le ha hecho tocamientos en dos ocasiones en el almacén y que la amenaza con no renovarle si lo cuenta. Le han retenido el pasaporte "para los papeles". Tiene una hija de 5 años en Guinea con la abuela y manda casi todo el sueldo. No quiere denunciar todavía porque tiene miedo de quedarse sin trabajo, pero sí quiere que la acompañemos el martes al centro de salud de Moguer porque tiene dolores. Otras dos compañeras de la misma cuadrilla podrían contar lo mismo. Propongo: acompañamiento martes, cita con la abogada de la asociación, y valorar contacto con Inspección de Trabajo sin dar su nombre de momento.
named_person | La "Peque" (la dominicana de 19 años que trabaja en la peluquería de la calle Sagunto, la que vino con el bebé de 8 meses) ha vuelto con él este fin de semana. Si alguien la ve por el barrio que me avise, solo para saber que está bien.
ordinary:helplines | Recordatorio para las nuevas incorporaciones: el 016 no aparece en la factura, pero sí en el registro de llamadas del móvil; explicádselo siempre a las usuarias. También atienden por WhatsApp en el 600 000 016 y por correo en 016-online@igualdad.gob.es. Emergencias, siempre 112.
ordinary:helplines | Para menores y adolescentes: Fundación ANAR, 900 20 20 10, gratuito y 24 horas. Tienen intérpretes, pero conviene avisar del idioma al principio de la llamada.
ordinary:helplines | Teléfono de la Policía Nacional contra la trata: 900 10 50 90 (gratuito, no queda en la factura) y correo trata@policia.es. Lo he añadido a la hoja de recursos que damos en la acogida.
ordinary:law | Recordad el art. 31 bis de la LO 4/2000: una mujer extranjera en situación irregular que denuncia violencia de género no puede ser expulsada por ello y puede pedir autorización de residencia y trabajo por circunstancias excepcionales. Muchas no denuncian por miedo a la expulsión, hay que explicarlo en la primera entrevista.
ordinary:law | Pregunta técnica: ¿el nuevo Reglamento de extranjería (RD 1155/2024) cambia algo para las víctimas de violencias sexuales de la LO 10/2022 respecto al art. 31 bis? Leo interpretaciones distintas y no quiero dar información errónea.
ordinary:law | Para la formación de juristas: la STS 344/2019 (el caso de "La Manada") sigue siendo la referencia sobre intimidación ambiental. Subo el PDF a la carpeta de jurisprudencia.
ordinary:statistics | Dato para la charla del 25N: según la Macroencuesta de Violencia contra la Mujer 2019, el 57,3 % de las mujeres de 16 o más años residentes en España ha sufrido algún tipo de violencia a lo largo de su vida por ser mujer. Entre las nacidas en el extranjero el porcentaje es más alto.
ordinary:statistics | Balance interno del programa: entre 2024 y 2025 pasamos de 41 a 58 derivaciones de mujeres migrantes (+41 %), la mayoría desde atención primaria. El 62 % llegaron sin documentación en vigor.
ordinary:meeting | Reunión de la mesa local de coordinación contra la violencia: martes 12 a las 10:00 en la sala 2 del Ayuntamiento. Orden del día: protocolo de acogida nocturna, circuito con la UFAM y plazas de emergencia para mujeres con hijos.
ordinary:meeting | Cambio: la supervisión de casos pasa al viernes a las 13:30 por Teams. El enlace está en el calendario compartido. Traed los casos anonimizados, como siempre.
ordinary:training | Formación online "Mutilación genital femenina: detección y abordaje en atención primaria", 4 horas, acreditada. Inscripción en la web de la consejería hasta el 30. Quedan 15 plazas.
ordinary:training | ¿Alguien se apunta al curso de la Escuela de Salud Pública sobre entrevista con intérprete? Es presencial en Granada, dos jueves seguidos de 9 a 14 h.
ordinary:practice | Caso anonimizado para supervisión: mujer de unos treinta años de África occidental, dos hijos pequeños, llegó por Canarias en 2024. Relata violencias en el trayecto por Marruecos y ahora síntomas de estrés postraumático. No quiere denunciar. ¿Cómo lo abordaríais sin presionarla?
ordinary:practice | ¿Cómo gestionáis la interpretación cuando la comunidad es muy pequeña (por ejemplo, mujeres de Mali que hablan bambara)? Nos ha pasado ya dos veces que la intérprete conocía a la familia del agresor. Estamos pensando en interpretación telefónica desde otra provincia.
ordinary:practice | Duda: ¿a partir de qué edad dejáis que las adolescentes firmen solas el consentimiento para atención psicológica? En Cataluña nos dicen que desde los 16, aquí nadie se aclara.
ordinary:publication | Ha salido el informe anual de CEAR 2025. El capítulo sobre mujeres y niñas refugiadas viene muy bien para fundamentar los informes de vulnerabilidad. Enlace en la carpeta de documentación.
ordinary:organisation | La sede central de CEAR está en la Avenida General Perón 32, Madrid; si derivamos a alguien a la asesoría jurídica de allí, que pida cita antes por la web.
ordinary:organisation | Cambiamos de correo: a partir del lunes escribid a coordinacion@protect-es.org, el antiguo deja de funcionar a final de mes. La centralita de la oficina sigue siendo la misma, 963 912 480, ext. 2.
ordinary:document | Subida la versión 3.2 del protocolo de acogida (cambios en el anexo II, checklist de indicadores de trata). La 3.1 queda obsoleta: borradla de las carpetas locales para evitar líos.
ordinary:venting | Hoy ha sido un día de esos. Tres derivaciones urgentes y cero plazas en casa de acogida en toda la provincia. La Delegada del Gobierno contra la Violencia de Género hablaba ayer de "red suficiente"... ojalá se pasara un lunes por aquí. Me voy a casa con un nudo.
[it]
phone | Consegna turno: la signora nigeriana del letto 4 ha lasciato il numero della sorella a Castel Volturno, 347 582 1946, SOLO per emergenze. Non chiamare prima delle 18 che la sorella lavora e il marito è geloso del telefono.
phone | Mi ha scritto il numero del fratello in arabo su un foglietto, lo ricopio come l'ha scritto: ٣٢٨ ٩٠٤ ١١٧٣. Dice che è l'unico della famiglia di cui si fida, vive a Brescia. Chi di voi parla arabo può chiamarlo domani?
email | L'avvocata per il ricorso in Commissione vuole scrivere direttamente alla ragazza: blessing.osas2001@yahoo.com. Per voi va bene condividerlo o passiamo sempre dallo sportello? Lei ha detto di sì ma non ha firmato niente.
email | Quello che la ricatta con le foto scrive da questo indirizzo, me l'ha dettato lei: "gianlu punto ferrante88 chiocciola libero punto it". Già girato alla Polizia Postale insieme agli screenshot.
id_number | Codice fiscale della ragazza (serve per passare da STP a iscrizione SSN): BNGKWM92S48Z318A. Controllate che all'anagrafe non risulti con il cognome del marito, l'altra volta era successo.
id_number | Il numero del suo permesso di soggiorno è I07482913, scade a marzo. Il datore di lavoro glielo tiene "per sicurezza" in ufficio: abbiamo segnalato all'Ispettorato del lavoro e alla FLAI.
iban | Il contributo del progetto va sull'IBAN nuovo intestato solo a lei: IT66V0306909606100000182734. Prima era cointestato con lui, mi raccomando non usate più quello vecchio che è ancora in anagrafica.
iban | Lei dice che lui le fa versare tutto lo stipendio su un conto suo, ha fotografato il libretto: IT 37 A 02008 01624 000105837261. Ci serve per la denuncia per sfruttamento, lo allego alla relazione.
case_number | Proc. pen. n. 4821/26 R.G.N.R. Procura di Torino, codice rosso attivato il 3/11. Aspettiamo ancora l'ammonimento del questore, ma la signora è nello stesso CAS del maltrattante!! Qualcuno può sollecitare la Prefettura?
case_number | Aggiornate il fascicolo sociale 2026/0713 del Comune, non quello vecchio: è lo stesso bambino del procedimento al Tribunale per i minorenni, il n. ottantotto barra ventisei V.G., la tutrice è nominata.
social | Profilo FB da cui la minacciano: facebook.com/edos.okoro.9, usa foto false ma è lui (riconosce il modo di scrivere). Screenshot salvati nella cartella del caso, non condivideteli sulla chat.
social | Su Telegram si fa chiamare madam_joy_pa (senza chiocciola), è la donna che gestisce le ragazze nella zona della stazione. Ha mandato un vocale alla nostra utente ieri sera. Abbiamo passato tutto alla squadra mobile.
plate | La macchina che passa sotto la casa rifugio: Fiat Panda bianca targata GK 482 TZ, almeno quattro volte questa settimana. Carabinieri avvisati, ma secondo me va spostata lei.
plate | Targa annotata dall'unità di strada: inizia con "GH", poi cinquecentodiciassette, finisce con LM, Audi A4 nera. Sempre lui, sempre verso le 2 di notte sulla statale, carica le ragazze più giovani.
address | Nuova residenza presso la cugina: via dei Cantieri 27, int. 5, 90142 Palermo. Non comunicatela a nessuno che chiami dal CAS o dal paese, nemmeno se dicono di essere parenti.
address | Per la visita: abita nel palazzo rosa subito dopo la farmacia di Ballarò, scala B, terzo piano, il campanello senza nome accanto a quello con scritto "Lo Cascio". Il marito lavora di giorno al porto, quindi meglio la mattina.
date_of_birth | Data di nascita dichiarata all'arrivo a Lampedusa: 12/05/2001, ma sul certificato nigeriano che ci ha portato risulta 12/05/2003, quindi era minorenne. Da segnalare subito al Tribunale per i minorenni per la tutela.
date_of_birth | La bambina è nata il 4 agosto 2019 a Tripoli, la madre (eritrea) è con noi al centro di Crotone da settembre. Servono questi dati per la pratica di ricongiungimento con il padre in Germania.
named_person | Joy Ehigiator, 22 anni, nigeriana di Benin City, vittima di tratta, ora in programma art. 18 a Caserta, ha riconosciuto la madam in una foto che le hanno mostrato. La PM la vuole sentire venerdì, serve una mediatrice edo.
named_person | Riassunto per chi prende il caso da lunedì, scusate la lunghezza. Il marito è Karim H., tunisino, sui quarant'anni, lavora al mercato ortofrutticolo di Fondi nel reparto carico e scarico, turno di notte. Vivono in una casa in affitto vicino alla stazione di Monte San Biagio con i due figli, di 3 e 6 anni; il più grande va alla scuola primaria del paese e la maestra è stata la prima a segnalare lividi sulla madre. Lei ha 29 anni, è arrivata con il ricongiungimento familiare nel 2021 e il suo permesso dipende ancora da quello di lui, per questo ha paura. Sabato scorso lui l'ha picchiata davanti ai bambini e le ha tolto il telefono. Lei è venuta allo sportello con la vicina, che parla un po' di italiano. Abbiamo fatto la valutazione del rischio (alto) e la richiesta di posto in casa rifugio fuori provincia. La segnalazione ai servizi sociali è già partita. Prossimi passi: consulenza legale sull'art. 18-bis per il permesso autonomo, accompagnamento al pronto soccorso per il referto se acconsente, contatto con la scuola per il ritiro dei bambini in sicurezza.
ordinary:helplines | Per le nuove volontarie: il 1522 è gratuito, attivo h24 e risponde in più lingue (anche arabo e inglese). Emergenze 112. Lasciamo il volantino in tutte le lingue in sala d'attesa, non solo in italiano.
ordinary:helplines | Numero Verde Antitratta 800 290 290, attivo 24 ore su 24, anonimo. È il primo contatto se sospettate sfruttamento, poi vi mettono in contatto con l'ente antitratta della zona.
ordinary:helplines | Per i minori ricordate anche il 114 Emergenza Infanzia e il 19696 di Telefono Azzurro. Li ho aggiunti alla scheda risorse aggiornata.
ordinary:law | Differenza da ricordare: l'art. 18 del TUI (d.lgs. 286/1998) riguarda le situazioni di violenza o grave sfruttamento, l'art. 18-bis il permesso per le vittime di violenza domestica. Per le donne con permesso per famiglia il 18-bis è spesso la via più rapida.
ordinary:law | Codice Rosso (L. 69/2019): la polizia giudiziaria deve riferire subito al PM e la persona offesa va sentita entro tre giorni dall'iscrizione della notizia di reato. Se non succede, segnalatelo all'avvocata.
ordinary:law | Per la formazione sul dovere di protezione: la sentenza CEDU Talpis c. Italia del 2017, in cui l'Italia è stata condannata per non aver agito tempestivamente dopo le denunce di una donna. Molto utile con le forze dell'ordine.
ordinary:statistics | Dato ISTAT (indagine 2014): il 31,5% delle donne tra i 16 e i 70 anni ha subito nel corso della vita una forma di violenza fisica o sessuale. Per le straniere i numeri sono simili, ma cambia molto chi è l'autore.
ordinary:statistics | Numeri dello sportello 2025: 214 accessi, di cui 87 donne straniere (41%), 19 segnalazioni all'ente antitratta. In crescita le richieste dalle campagne della provincia.
ordinary:meeting | Tavolo della rete antiviolenza in Prefettura giovedì alle 15:00, sala Falcone. All'ordine del giorno il nuovo protocollo con i CAS e le ASL.
ordinary:meeting | Riunione d'équipe spostata a mercoledì ore 9.30 su Zoom, link in calendario. Portate i casi aperti (anonimizzati) e le ore di mediazione del mese.
ordinary:training | Corso di formazione per mediatrici culturali sulla Convenzione di Istanbul e sull'identificazione delle vittime di tratta: 3 moduli da 4 ore, iscrizioni entro il 20. Priorità a chi lavora nei CAS.
ordinary:practice | Come vi comportate quando una donna rifiuta la mediatrice della sua stessa nazionalità? Da noi succede spesso con le ragazze nigeriane, hanno paura che le notizie arrivino alla comunità.
ordinary:practice | Caso anonimizzato: ragazza eritrea sui vent'anni, in Italia da due mesi, racconta violenze sessuali nei centri di detenzione in Libia. Chiede solo di dormire. Come impostereste il primo colloquio psicologico, con o senza mediatrice?
ordinary:practice | Domanda pratica: con il codice STP la visita ginecologica e l'IVG sono garantite anche senza iscrizione al SSN? In un consultorio ci hanno detto di no e vorrei capire se sbagliano loro.
ordinary:publication | È uscito il nuovo rapporto "Piccoli Schiavi Invisibili" di Save the Children, con un capitolo sulle ragazze sfruttate in agricoltura. Da leggere prima della formazione.
ordinary:organisation | Promemoria: la rete D.i.Re raccoglie i centri antiviolenza non istituzionali; sul loro sito c'è la mappa aggiornata dei centri per provincia, utile quando la donna deve allontanarsi.
ordinary:organisation | Lo sportello cambia orario da dicembre: lunedì e giovedì 9-13, mercoledì 14-18. Email sempre sportello.donne@protect-it.org.
ordinary:document | Caricata la versione 2.1 del modulo di consenso informato (tradotto anche in tigrino e pidgin). Buttate le copie della 2.0 che sono nei cassetti.
ordinary:public_official | La Prefetta e il Questore hanno firmato stamattina il protocollo d'intesa sulla casa rifugio. Comunicato stampa in allegato, si può condividere.
ordinary:venting | Che settimana. Tre colloqui saltati perché non c'era la mediatrice e una donna che è tornata a casa perché "non sa dove andare". Ci vorrebbero il doppio dei posti e metà della burocrazia.
[mt]
phone | Handover: il-klijenta Somala ta' kamra 6 tatni n-numru l-ġdid tagħha, 7948 2163. Tgħiduhx lil ħadd li qed jistaqsi għaliha, speċjalment lil dak li jiġi jistenna barra filgħodu.
phone | Il-kuġina tagħha f'Ħal Far għandha dan il-mobile, kitbitu bin-numri Għarab fuq il-karta: ٩٩٢٧ ٤١٨٥. Hawn xi ħadd li jitkellem bl-Għarbi biex iċemplilha għada?
email | Il-lawyer qalet biex nibagħtu l-support letter direttament lill-klijenta: hawa.diallo94@gmail.com. Is-sinjura qablet verbalment imma għadha ma ffirmatx il-consent form. Nibagħtu jew nistennew?
email | L-email tar-raġel li qed jibgħatilha l-messaġġi hija "jstivala underscore sebgħa sebgħa at gmail dot com". Għaddejtha lid-Domestic Violence Unit flimkien mal-iscreenshots.
id_number | In-numru tal-karta tar-residenza tagħha hu 0294817A, skadiet f'Ottubru u l-appuntament ma' Identity għadu ma ngħatax. Mingħajrha ma tistax tiftaħ bank account.
id_number | Għall-applikazzjoni tal-appoġġ: passport Eritrean numru EP0384721, maħruġ l-Asmara. Hu għandu l-oriġinal, aħna għandna kopja biss li ħadet bil-mobile.
iban | IBAN għall-ħlas tal-kera mill-fond: MT87 VALL 2201 3000 0000 4001 8374 125, f'isimha biss. Jekk jogħġobkom neħħu l-account l-antik li kien joint mar-raġel.
iban | L-employer iħallas il-paga tagħha fl-account tar-raġel, ġabitli l-payslip: MT43MALT01100000000030018294736. Jien naħseb li din hija exploitation ċara, x'taħsbu?
case_number | Police report ref. PR/18342/26 (Għassa tal-Ħamrun), u l-protection order għadu pending fil-Qorti tal-Maġistrati. Il-Magistrate talbet ir-risk assessment sal-Ġimgħa.
case_number | L-appell tagħha quddiem l-IPAT għandu n-numru 26-03817. Il-hearing huwa fl-14 ta' Jannar, għandna bżonn interpretu tat-Tigrinja.
social | Fuq Instagram jagħmel stories biex jumiljaha, il-profil tiegħu hu @kev_zammit_ . Irrappurtajnih iżda għadu attiv. Xi ħadd jaf kif taħdem ir-richiesta ta' takedown ma' Meta?
social | Hi qaltli li t-tfajla l-oħra titkellem miegħu fuq Snapchat, l-username huwa lil.amira.mt (mingħajr @). Għandha 15-il sena biss, jeħtieġ nagħtu notifika lill-Appoġġ.
plate | Il-karozza li tħalli lill-klijenta xogħol u lura: Toyota Vitz sewda, numru CBM 417. Qalet li s-sewwieq mhux dejjem l-istess imma l-karozza iva.
plate | Għandna parti min-numru tal-van: tliet ittri, F-R-X, u wara ż-żero, żewġ, disgħa... il-van Ford abjad. Qalet li jipparkja ħdejn il-bajja ta' Birżebbuġa kull nhar ta' Ħadd.
address | Indirizz ġdid: Flat 4, 17, Triq Santa Luċija, Il-Gżira. Tagħtuhx lil ħadd mill-komunità, lanqas lil min jgħid li hu ħuha.
address | Għall-home visit: id-dar faċċata tal-każin tal-banda f'Ħal Qormi, il-bieb aħdar ħdejn il-pastizzerija, l-ewwel sular. Ir-raġel ikun fix-xogħol sas-sitta.
date_of_birth | It-tifla twieldet fit-03/11/2007 skont iċ-ċertifikat Sudaniż, allura għadha minorenni. L-age assessment qalilha li hi adulta, irridu nappellaw mill-ewwel.
date_of_birth | DOB tagħha skont il-passaport: 15.01.1990. Fl-applikazzjoni tal-IPA kitbulha 1991 u issa ma jaqblux. Min jista' jgħin biex tiġi korretta?
named_person | Grace Adeyemi, 31 sena, Niġerjana, taħdem housekeeping f'lukanda f'San Ġiljan. Ilha ġimgħat tirrakkonta li s-supervisor jaqbadha waħedha fil-kmamar. Ma tridx tagħmel rapport għax il-permess tagħha huwa marbut max-xogħol.
named_person | Wieħed li jsejħulu "il-Boss", Libjan ta' madwar 45 sena, għandu garaxx tal-mekkanika fil-Marsa ħdejn is-suq. Hu li jsib "xogħol" lit-tfajliet li joħorġu miċ-ċentru. Tlieta mill-klijenti tagħna semmewh b'mod indipendenti.
ordinary:helplines | Għall-voluntiera l-ġodda: is-Supportline 179 hija 24/7 u b'xejn, u tista' tgħaddi lill-persuna għand is-servizzi tad-domestic violence. Għall-emerġenzi dejjem 112.
ordinary:helplines | Victim Support Malta tħaddem il-helpline Ewropea għall-vittmi tar-reati, 116 006. Tista' tintuża wkoll mill-klijenti li ma jitkellmux Malti, ikollhom bżonn l-Ingliż.
ordinary:law | Reminder: il-Gender-Based Violence and Domestic Violence Act (Kap. 581) japplika għal kull min jgħix f'Malta irrispettivament mill-istatus tal-immigrazzjoni. Ħafna klijenti jaħsbu li mhux għalihom.
ordinary:law | Malta rratifikat il-Konvenzjoni ta' Istanbul fl-2014 u mbagħad inkorporatha fil-liġi tagħna. Fil-workshop ta' nhar il-Ħamis se naraw l-artikoli 59 sa 61 dwar migrazzjoni u ażil.
ordinary:statistics | Minn ħarsa lejn il-figuri tal-programm: fl-2025 kellna 64 referral, 38 minnhom nisa minn pajjiżi terzi. Il-biċċa l-kbira ġew mis-saħħa primarja u mill-iskejjel.
ordinary:statistics | Is-survey tal-FRA tal-2014 kienet sabet li madwar waħda minn kull tliet nisa fl-UE esperjenzat vjolenza fiżika jew sesswali. Qed nistennew il-figuri l-ġodda tas-survey tal-EU-GBV.
ordinary:meeting | Il-laqgħa tal-case conference hija nhar it-Tlieta fl-10:00 fil-boardroom tal-uffiċċju, jew online għal min hu fuq il-field. Agenda: protokoll ġdid mal-pulizija u l-waiting list tax-shelters.
ordinary:meeting | Change of plan: is-supervision tal-grupp tiċċaqlaq għall-Erbgħa 14:30 minħabba l-btala. Link tat-Teams fil-kalendarju.
ordinary:training | Training fuq il-vittmi tat-traffikar: jumejn, f'Novembru, miftuħ għal social workers u nurses. Se jkun hemm ukoll sessjoni fuq l-użu tal-interpreti. Ibagħtu l-isem tagħkom sal-Ġimgħa.
ordinary:training | Min irid jattendi l-online course tal-Kunsill tal-Ewropa (HELP) fuq il-vjolenza kontra n-nisa? Huwa b'xejn u jista' jsir bl-Ingliż.
ordinary:practice | Mistoqsija: kif qed timmaniġġjaw meta l-interpretu tal-Għarbi jkun raġel u l-klijenta ma tridx titkellem quddiemu? Aħna ma għandniex biżżejjed interpreti nisa.
ordinary:practice | Każ anonimizzat għas-supervision: mara fit-tletinijiet, mill-Qarn tal-Afrika, żewġt itfal, ilha f'Malta erba' snin. Tirrakkonta vjolenza ekonomika (ir-raġel iżomm il-flus kollha) iżda ma tħossx li hija "vjolenza vera". Kif tfissrulha?
ordinary:practice | Kemm ġimgħat qed tistennew biex tidħol klijenta f'shelter bit-tfal? Aħna issa qegħdin madwar tliet ġimgħat u nħossu li qed nitilfu n-nisa f'dak iż-żmien.
ordinary:publication | Ħareġ ir-rapport ta' aditus foundation fuq l-aċċess għall-ġustizzja għall-persuni li qed ifittxu l-ażil. Hemm taqsima tajba fuq in-nisa li ma jirrappurtawx. Il-link fil-folder.
ordinary:organisation | Il-Kummissjoni dwar il-Vjolenza Abbażi tal-Ġeneru u l-Vjolenza Domestika se torganizza konsultazzjoni pubblika dwar l-istrateġija l-ġdida. Ejja nibagħtu kummenti bħala programm.
ordinary:organisation | L-uffiċċju tagħna se jkun magħluq bejn l-24 u s-26 ta' Diċembru. Għall-urġenzi: 179 jew 112. Il-kuntatti tal-uffiċċju (info@protect-mt.org) jibqgħu jinqraw kuljum.
ordinary:document | Tellajt il-verżjoni 1.4 tar-risk assessment form (Malti/Ingliż/Għarbi). Jekk jogħġobkom tużawx il-1.3 għax it-taqsima tat-tfal kienet nieqsa.
ordinary:public_official | Il-Ministru għall-Intern semma fil-Parlament li se jiżdiedu l-postijiet fix-shelters. Nistennew naraw il-baġit qabel nemmnuh 😅
ordinary:practice | Post twil, skużawni, imma wara l-laqgħa tal-bieraħ ħassejt li rrid niktbu. Ħafna drabi meta tiġi għandna mara minn pajjiż terz, l-ewwel mistoqsija tagħha mhix dwar il-vjolenza iżda dwar il-permess: "jekk nitlaq minn għandu, jitolbuni l-karta?". Jien nipproponi li fl-ewwel intervista nispjegaw dejjem, b'mod sempliċi u bil-lingwa tagħha, tliet affarijiet: (1) li l-Kap. 581 japplika għal kulħadd, (2) li r-rapport lill-pulizija mhux obbligatorju biex tirċievi s-servizzi tagħna, u (3) li hemm avukati tal-legal aid u NGOs bħal aditus u JRS li jagħtu pariri b'xejn dwar l-istatus. Nissuġġerixxi wkoll li ma nużawx interpreti mill-istess komunità żgħira meta nistgħu nevitawha, u li nagħmlu l-ewwel laqgħa f'post newtrali, mhux fiċ-ċentru fejn toqgħod. Fl-aħħar nett, nitolbu lil kulħadd jikteb fil-file biss dak li hu meħtieġ: l-ebda dettall li jista' jintuża kontriha jekk il-file jintalab. Jekk taqblu, inżid dan fil-verżjoni li jmiss tal-protokoll u niddiskutuh fil-case conference.
ordinary:venting | Jum twil wisq. Tliet klijenti, interpretu wieħed, u x-shelter mimli. Kultant inħoss li qed inżommu kollox bil-kolla.
[pl]
phone | Przekazanie dyżuru: numer do Oksany, koleżanki klientki z hotelu pracowniczego w Grodzisku, 512 847 093. Dzwonić tylko po 19, wcześniej jest na zmianie w magazynie i kierownik zabiera telefony.
phone | Klientka podyktowała numer do siostry, zapisuję słownie jak mówiła: sześćset dziewięćdziesiąt trzy, dwieście cztery, siedemset piętnaście. Siostra mieszka w Lublinie i może ją przyjąć na kilka dni.
email | Pani mecenas prosi o kontakt mailowy bezpośrednio z klientką: nataliia.kovalchuk88@ukr.net. Klientka się zgodziła ustnie, zgodę na piśmie dowiezie w czwartek. Czy możemy przekazać?
email | Sprawca pisze do niej z nowego maila, zapisała go tak: "sasha punkt drozd małpa wp kropka pl". Przekazane do policji razem ze zrzutami ekranu, w systemie nie wpisuję.
id_number | PESEL klientki 95071404622 – w systemie MOPS był błędnie wpisany (dwie ostatnie cyfry zamienione), przez co nie przychodził zasiłek. Proszę poprawić przed wypłatą.
id_number | Numer paszportu sprawcy, z kopii umowy najmu: FX482917, obywatel Ukrainy. Klientka mówi, że on ma też kartę pobytu, ale numeru nie zna.
iban | Zasiłek celowy proszę przelać na nowe konto klientki (tylko na nią): PL38 1020 4056 5280 1937 4631 0072. Stare wspólne konto z mężem – usunąć z kartoteki!
iban | Pracodawca przelewa jej wypłatę na konto "pośrednika", ona pokazała potwierdzenie przelewu: PL09 1140 2004 4017 3829 5016 4830. Wygląda na handel ludźmi w celu pracy przymusowej, zgłaszam do KCIK.
case_number | Sygn. akt II K 318/26, Sąd Rejonowy dla Warszawy-Pragi Południe, art. 207 kk. Rozprawa 14 stycznia. Klientka boi się konfrontacji – czy ktoś wie, czy sąd zgodzi się na przesłuchanie w przyjaznym pokoju?
case_number | Niebieska Karta nr 47/2026 założona przez dzielnicowego w Grodzisku, grupa diagnostyczno-pomocowa ma się zebrać w przyszłym tygodniu. Prosili o naszą obecność i tłumaczkę z rosyjskiego.
social | Na TikToku jest konto @misha_drozdd, na którym wrzuca filmiki z nią nagraną bez zgody. Zgłoszenie do platformy poszło, na policję też. Proszę nie obserwować konta z prywatnych profili!
social | Na insta ma nick kasia_z_pragi_ (bez małpy, z podkreślnikiem na końcu) – to przez to konto werbuje dziewczyny z ośrodka na "pracę w hostessach". Klientka pokazała wiadomości.
plate | Samochód, którym przyjeżdża pod schronisko: szare Audi A6, rejestracja WA 58213. Zgłoszone na 112 i do dzielnicowego. Personel nocny – proszę nie otwierać bramy nikomu bez sprawdzenia.
plate | Klientka pamięta tylko część rejestracji busa, którym je wożono do pracy: "na początku KR, potem cztery H, i chyba siedem dwa dziewięć". Biały Ducato. Czy to wystarczy do zgłoszenia?
address | Nowy adres klientki po wyprowadzce: ul. Grochowska 214 m. 17, 04-357 Warszawa. Adres NIE do przekazywania rodzinie męża, nawet jak dzwonią z "ambasady".
address | Mieszka w tym hotelu pracowniczym za stacją Orlen przy wyjeździe na Katowice, drugi budynek (ten z zielonym dachem), pokój na samym końcu korytarza na piętrze. Kierowniczka obiektu jest siostrą sprawcy, trzeba uważać.
date_of_birth | Data urodzenia z dokumentów: 09.07.2004 – czyli chłopak był pełnoletni, kiedy to się zaczęło, a ona miała 15 lat. To zmienia kwalifikację, przekazuję do prawnika.
date_of_birth | Córka klientki urodziła się 17 marca 2012 r. w Charkowie, szkoła prosi o potwierdzenie, bo w SIO jest inna data. Kto ma kontakt z sekretariatem SP 114?
named_person | Nataliia K., 37 lat, z Mikołajowa, od 2022 w Polsce, pracuje na kasie w Biedronce w Piasecznie, mąż (też Ukrainiec) pracuje na budowie. Dwoje dzieci, 8 i 11 lat. Przemoc fizyczna od pół roku, ostatnio groźby. Potrzebne miejsce w SOW.
named_person | Długi post, sorry. Przekazuję sprawę Giorgiego, ale to o jego żonę chodzi: Tamar, 26 lat, Gruzinka, przyjechała do Polski dwa lata temu na wizie pracowniczej, pracuje w pralni przemysłowej w Łodzi na Teofilowie, na nocnej zmianie. Mąż Giorgi, 31 lat, kierowca u tego samego pośrednika pracy. Od pół roku kontroluje wszystkie jej pieniądze, zabrał paszport i kartę pobytu "żeby nie zgubiła", a po ostatniej awanturze (sąsiedzi wezwali policję, była interwencja, ale bez Niebieskiej Karty, bo ona zaprzeczyła przy nim) ma siniaki na przedramionach. Przyszła do nas w zeszły czwartek z koleżanką z pralni, która tłumaczyła na rosyjski. Boi się, że jeśli odejdzie, straci zezwolenie na pobyt, bo jest związane z pracą u pośrednika, a pośrednik to kolega męża. Zrobiliśmy wstępną ocenę ryzyka – średnie, ale rosnące. Plan: konsultacja prawna w sprawie zmiany pracodawcy i zezwolenia, spotkanie z psycholożką po gruzińsku (online, przez fundację), ewentualne miejsce w hostelu interwencyjnym. Proszę, żeby nikt do niej nie dzwonił bez ustalenia ze mną – telefon sprawdza mąż.
ordinary:helplines | Dla nowych wolontariuszek: Niebieska Linia 800 120 002, bezpłatna, całodobowa. W nagłych sytuacjach 112. Dla dzieci i młodzieży 116 111, dla dorosłych w kryzysie 116 123.
ordinary:helplines | Krajowe Centrum Interwencyjno-Konsultacyjne dla Ofiar Handlu Ludźmi (KCIK): +48 22 628 01 20, całodobowo. Mówią też po ukraińsku i rosyjsku, warto podawać każdej osobie z podejrzeniem pracy przymusowej.
ordinary:helplines | Centrum Praw Kobiet ma telefon zaufania dla kobiet doświadczających przemocy – numer jest na ich stronie, dopisałam do ulotki w trzech językach.
ordinary:law | Przypominam, że od lutego 2025 art. 197 kk opiera się na braku zgody, a nie tylko na przemocy czy groźbie. Warto to wyjaśniać klientkom, które myślą, że "nie broniła się, więc to się nie liczy".
ordinary:law | Procedura "Niebieskie Karty" po nowelizacji ustawy o przeciwdziałaniu przemocy domowej z 2023 r.: formularz NK-A może wszcząć też pracownik oświaty czy ochrony zdrowia. Zapraszam do dyskusji, jak to działa u was w praktyce.
ordinary:law | Pytanie prawne: czy osoba z ochroną czasową (specustawa ukraińska) może dostać zezwolenie na pobyt ze względu na przemoc domową, czy tylko na podstawie przepisów o łączeniu rodzin? Ktoś miał taki przypadek w UdSC?
ordinary:statistics | Z danych programu za 2025: 93 konsultacje, z czego 71 z kobietami z Ukrainy, 12 z Białorusi, 10 z innych krajów. Średni czas od pierwszego kontaktu do miejsca w SOW – 9 dni.
ordinary:statistics | Raport Fundacji Centrum Praw Kobiet podaje, że większość kobiet zgłaszających się do nich doświadczała przemocy psychicznej i ekonomicznej równolegle z fizyczną. Zgadza się z tym, co widzimy.
ordinary:meeting | Spotkanie zespołu interdyscyplinarnego w czwartek o 10:00 w sali 3 OPS, ul. Waryńskiego. Tematy: współpraca z Strażą Graniczną i tłumacze.
ordinary:meeting | Superwizja grupowa w piątek 13:00 na Teamsie. Przygotujcie jeden zanonimizowany przypadek na osobę, max 10 minut.
ordinary:training | Szkolenie "Identyfikacja ofiar handlu ludźmi wśród cudzoziemek" – 2 dni, grudzień, Kraków. Zapisy do 15. Zwrot kosztów dojazdu z programu.
ordinary:training | Webinar o pracy z tłumaczem w sytuacji traumy, prowadzi psychotraumatolożka z Ukrainy. Nagranie będzie dostępne dla zespołu.
ordinary:practice | Jak radzicie sobie, gdy tłumaczka z ukraińskiego zna rodzinę sprawcy? Mamy małą społeczność w powiecie i to zdarza się coraz częściej.
ordinary:practice | Przypadek do omówienia: kobieta po trzydziestce z Białorusi, w Polsce od 2021, pracuje w opiece nad osobami starszymi, przemoc ekonomiczna ze strony partnera. Nie chce Niebieskiej Karty. Co byście zaproponowali?
ordinary:practice | Czy ktoś ma wzór zgody na przetwarzanie danych po ukraińsku i gruzińsku? Nasz jest tylko po polsku i po angielsku.
ordinary:publication | Wyszedł raport Rzecznika Praw Obywatelskich o sytuacji cudzoziemców w strzeżonych ośrodkach. Jest rozdział o kobietach i dzieciach – polecam przed szkoleniem.
ordinary:organisation | Urząd do Spraw Cudzoziemców ma siedzibę przy ul. Koszykowej 16 w Warszawie, ale wnioski o pobyt składamy w urzędzie wojewódzkim. Klientki często jadą nie tam, gdzie trzeba.
ordinary:organisation | Zmiana danych biura: od stycznia nowy mail zespołu – zespol@protect-pl.org. Telefon biura bez zmian.
ordinary:document | Nowa wersja procedury przyjęcia do hostelu (v4), zmieniony załącznik 2 – ocena ryzyka. Starą wersję proszę usunąć z dysku.
ordinary:venting | Kolejny dzień, kiedy szukamy miejsca w SOW dla matki z trójką dzieci i wszystko pełne. Wojewoda mówi o "wystarczającej sieci"... Potrzebuję kawy i urlopu.
[hu]
phone | Átadás: a 4-es szobás ukrán kliens új száma +36 30 418 2759, a régit a férje ismeri. Csak SMS-t küldjetek, hangüzenetet ne, és ne nevezzétek meg az egyesületet.
phone | A húga számát így diktálta: hetven, ötszáznyolcvankettő, negyvennégy, tizenhárom. Szegeden lakik, ott tudna aludni pár napot. Ki tud ma este felhívni oroszul?
email | Az ügyvédnő szeretne közvetlenül írni a kliensnek: oksana.melnyk.1991@gmail.com. Szóban beleegyezett, írásban holnap hozza. Mehet addig?
email | Az elkövető új címről írogat neki, a kliens így mondta: "tomi pont kovacs84 kukac freemail pont hu". Átküldtem a rendőrségnek a képernyőképekkel együtt, a rendszerbe nem írom be.
id_number | A kliens TAJ-száma 048 217 390, az ellátásnál hibásan rögzítették, ezért nem kap időpontot a nőgyógyászatra. Valaki tud segíteni a javításban?
id_number | Adóazonosító jele 8453652848 – a munkáltató szerint "nincs bejelentve", de a NAV-os papíron rajta van. Ez munkaügyi kizsákmányolás gyanúja, továbbítom.
iban | A rendkívüli támogatást az új, csak az ő nevén lévő számlájára kérem: HU85 1177 3016 2084 1937 0000 0006. A régi közös számlát töröljétek a nyilvántartásból!
iban | A „közvetítő” a béréből minden hónapban levonja a „szállást”, erre a számlára kell utalnia: 10402001-50049381-72600009. Ez egyértelműen kizsákmányolás, a kliens fotózta a kivonatot.
case_number | Bűnügyi szám 01000/1823/2026.bű. (BRFK VIII. ker.), kapcsolati erőszak, Btk. 212/A. A távoltartásról még nincs döntés, a kliens viszont ugyanabban a házban lakik vele. Sürgős!
case_number | Az idegenrendészeti ügye: 106-2/4821/2026, az OIF-nél. A határidő 15 nap, és még nincs meg a fordítás a születési anyakönyvi kivonatról.
social | A Facebook-profil, ahonnan fenyegeti: facebook.com/zsolti.balogh.7731 – a képeket is onnan töltötte fel. Jelentettük a Meta felé, eddig semmi.
social | Instán ez a fiók toboroz lányokat "hostess munkára" Bécsbe: budapest_model_jobs_ (kukac nélkül, a végén alsóvonás). Két kliensünknek is írt már.
plate | A kocsi, amelyik a menedékház előtt áll esténként: fekete Opel Astra, AE NB-417. A kliens felismerte, a férje unokatestvéréé. Rendőrség értesítve.
plate | A rendszámból csak ennyit jegyzett meg: "R-K-T, és utána ötszáz-valami, talán 582". Régi fehér Transit, ezzel vitték őket a csomagolóüzembe Kecskemétre.
address | Új címe: Budapest VIII., Népszínház u. 31. II/14. Senkinek ne adjátok ki, se a családnak, se a „barátnőknek”, akik keresik.
address | A lakás a sárga kockaház a református templom mögött Sajószentpéteren, az emeleten, ahol a muskátlis erkély van. A férje reggel 6-tól este 6-ig a gyárban van.
date_of_birth | Születési ideje az útlevél szerint 1991. március 17. – a menekültügyi nyilvántartásban viszont 1992 szerepel, ezért nem találják. Ki intézte legutóbb ilyen javítást?
date_of_birth | A kislány 2016. november 2-án született Harkivban, most harmadikos a VIII. kerületi iskolában. Az osztályfőnök jelezte, hogy nagyon visszahúzódó lett.
named_person | Olena, 34 éves, kárpátaljai, a kecskeméti autógyár egyik beszállítójánál dolgozik a csomagolóban, két gyerek (6 és 9). A férje, Viktor ugyanott raktáros. Ma is ütötte. Férőhelyet keresünk neki.
named_person | Hosszabb összefoglaló a hétfői esetmegbeszélésre. Amira, 23 éves szír nő, 2024 óta él Magyarországon, a férje (szintén szír, 38 éves, egy budapesti kebabosban dolgozik a Baross téren) révén kapott tartózkodási engedélyt. Két hónapja jött el először hozzánk a védőnő ajánlására, aki a kisfia oltásakor vette észre a zúzódásokat. A kisfiú 14 hónapos. A férj nem engedi, hogy magyarórára járjon, a pénzt elveszi, és azzal fenyegeti, hogy ha elmegy, "visszaküldeti Szíriába" és elviszi a gyereket. Amira nem beszél magyarul, angolul valamennyit, arabul tudunk vele dolgozni a tolmácsunkon keresztül. Kockázatértékelés: magas. A következő lépések: jogi tanácsadás a tartózkodási jogról (önálló jogcím lehetősége), titkos menedékház Budapesten kívül, és egyeztetés a gyermekjóléti szolgálattal úgy, hogy a férj ne tudja meg előre. Kérem, aki a tolmácsot szervezi, nőt kérjen, mert a múltkor férfi jött, és nem mert beszélni.
ordinary:helplines | Új önkénteseknek: az OKIT (Országos Kríziskezelő és Információs Telefonszolgálat) száma 06 80 20 55 20, ingyenes és éjjel-nappal hívható. Vészhelyzetben 112.
ordinary:helplines | A NANE segélyvonala: 06 80 505 101 – a nyitvatartást nézzétek meg a honlapjukon, mert nem éjjel-nappali. Gyerekeknek a Kék Vonal: 116 111.
ordinary:helplines | Lelki elsősegély telefonszolgálat felnőtteknek: 116 123. Az ukrán klienseknek érdemes megemlíteni, hogy van, ahol oroszul is tudnak segíteni.
ordinary:law | Btk. 212/A. § – kapcsolati erőszak: a volt élettársra és a közös háztartásban élőre is vonatkozik. Sokan azt hiszik, hogy ha nem házasok, nincs mit tenni.
ordinary:law | Emlékeztető: Magyarország 2014-ben aláírta az Isztambuli Egyezményt, de az Országgyűlés 2020-ban elutasította a ratifikálást. Ezt a képzésen mindig megkérdezik.
ordinary:law | Az emberkereskedelem a Btk. 192. §-a szerint büntetendő, a kényszermunka a 193. § alatt. Ha a kliens munkahelyen elvett útlevélről beszél, gondoljatok mindkettőre.
ordinary:statistics | A program 2025-ös adatai: 58 kliens, ebből 41 ukrán állampolgár, 9 harmadik országbeli, 8 egyéb. A legtöbben a háziorvostól vagy védőnőtől jöttek.
ordinary:statistics | A KSH-nak nincs külön adata a migráns nők elleni kapcsolati erőszakról, ezért a saját számainkat érdemes gondosan vezetni: nálunk egyre több a munkahelyi kizsákmányolás.
ordinary:meeting | Esetmegbeszélés csütörtökön 10 órakor a tárgyalóban, online is be lehet kapcsolódni. Napirend: együttműködés a gyermekjóléti szolgálattal, tolmácsolás.
ordinary:meeting | A szupervízió áthelyezve péntek 14:00-ra, Teams-link a naptárban. Mindenki hozzon egy anonimizált esetet.
ordinary:training | Képzés: "Az emberkereskedelem áldozatainak azonosítása" – két nap, decemberben, Budapesten. Jelentkezés 15-éig, az útiköltséget a program téríti.
ordinary:training | A Menedék Egyesület interkulturális képzést hirdetett szociális munkásoknak, a részletek a honlapjukon. Kinek lenne kedve jönni?
ordinary:practice | Hogyan kezelitek, ha a kliens nem akar férfi tolmácsot, de csak férfi érhető el? Nálunk arab nyelven ez szinte mindig így van.
ordinary:practice | Anonimizált eset: harmincas éveiben járó ukrán nő, két gyerek, 2022 óta él Magyarországon, gazdasági erőszak a partner részéről. Nem akar feljelentést tenni. Mit javasolnátok?
ordinary:practice | Van valakinek ukrán vagy orosz nyelvű adatkezelési hozzájáruló nyilatkozat mintája? A mienk csak magyar és angol.
ordinary:publication | Megjelent a Magyar Helsinki Bizottság új jelentése a menedékkérők helyzetéről. Van benne egy fejezet a nőkről és gyerekekről, érdemes elolvasni.
ordinary:organisation | A NANE Egyesület Facebook-oldalán vannak megosztható anyagok a kapcsolati erőszakról, több nyelven is. Szerintem tegyük ki őket a várótermi képernyőre.
ordinary:organisation | Irodai változás: januártól új közös e-mail: csapat@protect-hu.org. A telefonszám marad.
ordinary:document | Feltöltöttem a kockázatértékelő lap 3.0-s verzióját (magyar, ukrán, arab). A 2.x verziókat kérem, ne használjátok.
ordinary:venting | Ma három helyre telefonáltam egy anyának két gyerekkel, sehol nincs hely. A miniszter tegnap a "kiépített ellátórendszerről" beszélt... Most kell egy kávé.
[sl]
phone | Predaja izmene: nova številka stranke iz sobe 2 (tista iz Kosova) je 041 582 937. Stare ne uporabljajte, ker jo ima on. Samo SMS, brez glasovnih sporočil.
phone | Številko sestrične je narekovala tako: nič tri ena, sedem dva štiri, ena pet osem. Sestrična živi v Celju in bi jo lahko vzela k sebi za nekaj dni. Kdo bi jo lahko poklical jutri?
email | Odvetnica bi ji rada pisala neposredno: arbnora.krasniqi95@gmail.com. Ustno se je strinjala, pisno soglasje prinese v petek. Lahko že posredujemo?
email | Nasilnež ji piše z novega naslova, zapisala ga je takole: "dejan pika h77 afna gmail pika com". Posredovano policiji skupaj z zaslonskimi posnetki.
id_number | EMŠO stranke je 1503992505376 – na CSD so ga narobe vnesli in zato ne dobi denarne socialne pomoči. Prosim, da kdo pokliče strokovno delavko.
id_number | Davčna številka stranke je 48271934. Delodajalec trdi, da ni prijavljena, na FURS-ovem izpisu pa je. Sumimo delovno izkoriščanje, posredujem inšpektoratu.
iban | Enkratno pomoč prosim nakažite na njen novi račun (samo na njeno ime): SI61 0201 0009 4837 261. Starega skupnega računa z možem ne uporabljajte več.
iban | Delodajalec ji plačo nakazuje na račun "posrednika", pokazala je potrdilo: SI16 0400 1001 8372 509. Zame je to jasen primer trgovine z ljudmi, prijavljam.
case_number | Opr. št. I K 41823/2026, Okrožno sodišče v Ljubljani, nasilje v družini (191. člen KZ-1). Obravnava 20. januarja. Stranka se boji soočenja – ali kdo ve, če bo sodišče dovolilo zaslišanje brez prisotnosti obdolženca?
case_number | Na CSD imajo zadevo pod št. 1201-118/2026, policija pa pod 2253-41/2026/7. Prosim, da v poročilu navajate obe številki, drugače se izgubi.
social | Na Instagramu objavlja njene fotografije brez dovoljenja s profila @dejan_h_lj. Prijavili smo Meti, pa še vedno stoji. Prosim, da ga nihče ne sledi z osebnih profilov.
social | Na TikToku dekleta iz azilnega doma vabi profil balkan_hostess_work (brez afne). Dvema našima strankama je že pisal in ponudil "delo v Avstriji".
plate | Avto, ki zvečer stoji pred varno hišo: črn Golf, reg. LJ NK-418. Stranka ga je prepoznala, je od njegovega brata. Policija obveščena.
plate | Od registrske številke si je zapomnila samo: "MB, potem sedem tri, in neke črke, mislim da H-R-P". Bel kombi Ford, vozi jih na delo v skladišče v Hoče.
address | Nov naslov stranke: Ulica Janeza Pavla II 9, 1000 Ljubljana, stanovanje 12, 3. nadstropje. Nikomur ga ne posredujte, niti "prijateljicam", ki sprašujejo zanjo.
address | Živi v tisti rumeni hiši za gasilskim domom na Jesenicah, na Plavžu, vhod z zadnje strani, zgoraj v mansardi. Mož dela v železarni v treh izmenah.
date_of_birth | Po potnem listu je rojena 23. 7. 1984, v evidenci azilnega postopka pa piše 1985. Zato ji zavračajo vlogo. Kdo je že urejal takšen popravek?
date_of_birth | Deček je rojen 1. 5. 2008, pri nas je kot mladoletnik brez spremstva, prišel čez Hrvaško. Na policiji so mu napisali 2006, kar bi pomenilo polnoletnost. Nujno potrebujemo zakonitega zastopnika.
named_person | Arbnora K., 31 let, Kosovka, dela kot čistilka v hotelu na Bledu, ima hčerko (6 let), ki hodi v vrtec v Gorjah. Mož jo je v nedeljo udaril pred otrokom. Iščemo mesto v varni hiši izven Gorenjske.
named_person | Daljši povzetek za sestanek. Gre za Fatimo, 27 let, Afganistanka, v Sloveniji od lanskega leta, mednarodna zaščita odobrena marca. Živi z možem (afganistanski, 35 let, dela kot pomočnik v kuhinji v eni od picerij na Trubarjevi) v najemnem stanovanju v Mostah. Imata dva otroka, 2 in 4 leta. K nam jo je napotila patronažna sestra, ki je pri obisku opazila poškodbe na vratu. Fatima govori dari, nekaj angleščine; delamo prek tolmačke. Mož ji ne dovoli hoditi na tečaj slovenščine v okviru programa integracije, zapleni ji denarno pomoč in grozi, da ji bo vzel otroke, če odide. Ocena tveganja: visoka. Naslednji koraki: pravno svetovanje glede samostojnega statusa in skrbništva, varna hiša izven Ljubljane, usklajevanje s CSD tako, da mož ne izve vnaprej. Prosim, da tolmačka ni moški in da ni iz iste skupnosti v Ljubljani – to se je zadnjič skoraj zgodilo.
ordinary:helplines | Za nove prostovoljke: SOS telefon za ženske in otroke – žrtve nasilja 080 11 55, brezplačno. V nujnih primerih 112, policija 113. Za otroke TOM telefon 116 111.
ordinary:helplines | Društvo Ključ ima brezplačno številko za žrtve trgovine z ljudmi: 080 72 22. Dobro jo je dati vsaki stranki, pri kateri sumimo delovno izkoriščanje.
ordinary:helplines | Evropska številka za pomoč žrtvam kaznivih dejanj 116 006 – preverite, ali je v Sloveniji že aktivna, jaz nisem prepričana. Če kdo ve, naj napiše.
ordinary:law | Opomnik: od junija 2021 velja model "ja pomeni ja" (170. člen KZ-1). Strankam razložite, da ni treba, da so se fizično upirale.
ordinary:law | Zakon o preprečevanju nasilja v družini (ZPND) velja tudi za nekdanje partnerje in ne glede na status prebivanja. Veliko migrantk misli, da zanje ne velja.
ordinary:law | Vprašanje: ali lahko oseba z dovoljenjem za prebivanje zaradi združitve družine dobi samostojno dovoljenje zaradi nasilja v družini po Zakonu o tujcih? Kdo je imel tak primer na UE Ljubljana?
ordinary:statistics | Podatki programa za 2025: 47 strank, od tega 19 iz BiH in Kosova, 14 z mednarodno zaščito, 14 drugo. Največ napotitev iz zdravstvenih domov.
ordinary:statistics | Raziskava SURS o nasilju na podlagi spola kaže, da je velik delež žensk v Sloveniji po 15. letu doživel kakšno obliko nasilja. Za migrantke ločenih podatkov ni, kar je problem pri vsakem poročilu.
ordinary:meeting | Sestanek multidisciplinarnega tima v sredo ob 10.00 v sejni sobi CSD, možna tudi udeležba na daljavo. Teme: tolmačenje in sodelovanje s policijo.
ordinary:meeting | Supervizija je prestavljena na petek ob 13.30, povezava za Teams je v koledarju. Vsak naj pripravi en anonimiziran primer.
ordinary:training | Izobraževanje "Prepoznavanje žrtev trgovine z ljudmi med prosilkami za azil" – dva dni, december, Ljubljana. Prijave do 15., potne stroške krije program.
ordinary:training | PIC organizira delavnico o pravicah oseb z mednarodno zaščito. Zelo priporočam novim sodelavkam.
ordinary:practice | Kako ravnate, ko stranka ne želi moškega tolmača, na voljo pa je samo moški? Pri dari in paštu je to skoraj pravilo.
ordinary:practice | Anonimiziran primer: ženska v tridesetih iz BiH, dva otroka, v Sloveniji od 2019, ekonomsko nasilje s strani partnerja. Prijave noče. Kaj bi predlagali?
ordinary:practice | Ima kdo obrazec za soglasje k obdelavi osebnih podatkov v albanščini ali dariju? Naš je samo v slovenščini in angleščini.
ordinary:publication | Izšlo je novo poročilo Varuha človekovih pravic o obravnavi prosilcev za azil, z poglavjem o ženskah in otrocih. Priporočam branje pred izobraževanjem.
ordinary:organisation | Azilni dom je na Cesti v Gorice 15 v Ljubljani, Urad vlade za oskrbo in integracijo migrantov pa ima kontakte objavljene na gov.si. Preverite, kam stranko dejansko napotujete, preden jo pošljete čez mesto.
ordinary:organisation | Sprememba kontaktov pisarne: od januarja skupni e-naslov ekipa@protect-si.org. Telefonska številka ostane ista.
ordinary:document | Naložila sem različico 2.3 obrazca za oceno tveganja (slovenščina, albanščina, arabščina). Starejših različic prosim ne uporabljajte več.
ordinary:venting | Danes sem klicala v štiri varne hiše za mamo z dvema otrokoma, povsod polno. Ministrica je včeraj govorila o "zadostni mreži"... Rabim kavo.
"""

POSTS = parse(_TEXT)
