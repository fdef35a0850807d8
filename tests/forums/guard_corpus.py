"""Texts to measure the personal-data guard on forum posts.

ORDINARY: posts professionals write when they share practice (written for
this measurement, with the numbers, dates, years, percentages, article
numbers, helplines and organisation names such posts carry). None of them
identifies a person; each one the guard holds is a false positive.

IDENTIFYING: posts that would identify someone, one or more identifiers
each, written the way people really type them. Each one the guard passes is
a miss.
"""

ORDINARY = [
    "In our centre we run a women-only group every Tuesday from 10:00 to 12:00, with childcare.",
    "Since 2019 we train every new police officer in trauma-informed interviewing; 85% said it changed practice.",
    "The Istanbul Convention, article 59, lets victims apply for an autonomous residence permit.",
    "We refer survivors to the sexual assault centre within 7 days, so forensic evidence can still be taken.",
    "Interpreters sign a confidentiality agreement and we never use family members or children to interpret.",
    "From 1 January 2024 the municipality funds 12 extra shelter places for women without residence papers.",
    "In 2022-2023 we reached 340 women through ambassadors in 6 reception centres.",
    "Call 112 in an emergency; it is free from any phone in the EU.",
    "Our helpline is open 24/7 and answers in Arabic, Farsi, Tigrinya and French.",
    "What worked: meeting in a neutral place, a female interpreter, and time. What was hard: transport costs.",
    "We use the WHO LIVES model (Listen, Inquire, Validate, Enhance safety, Support) in first contacts.",
    "Challenge: the asylum interview is scheduled before the survivor is ready to talk about violence.",
    "Around 3 in 10 of the women we met had experienced violence on the route, mostly in Libya.",
    "Section 4.2 of the draft SOP should say who calls the shelter when the police are not involved.",
    "Our legal aid team handled about 150 requests last year, a third of them about family reunification.",
    "The training lasted 2 days (16 hours) and was given to 45 professionals in 3 cities.",
    "We print the leaflet in 11 languages; the Somali and Tigrinya versions are the most requested.",
    "The GREVIO report of 2023 asks for more specialist services for migrant women.",
    "Ask open questions, do not push for details, and explain what happens next with the information.",
    "We meet the police liaison officer every first Monday of the month to review referrals.",
    "Good practice: a cultural mediator joins the first medical appointment, with the woman's consent.",
    "In reception centres, locks on bathroom doors and lighting on paths reduced incidents a lot.",
    "Our budget for 2025 is EUR 40,000, mostly for interpreters and travel costs of survivors.",
    "The Directive 2012/29/EU on victims' rights applies regardless of residence status.",
    "Most referrals came from GPs (40%), then NGOs (35%) and the police (15%).",
    "Community ambassadors run information sessions of about 90 minutes in their own language.",
    "We ask for consent again before sharing anything with another organisation, every time.",
    "For LGBTQI+ asylum seekers we arranged single rooms in 4 of the 9 centres in the region.",
    "Case conferences with all services involved take place within 48 hours of a disclosure.",
    "Follow-up after 3 months showed that 18 of 25 women were still in contact with a support service.",
    "The protocol was revised in March 2024 after feedback from 12 partner organisations.",
    "We keep no names in our statistics; each contact gets a random code that only the counsellor knows.",
    "Our centre is in the city centre, close to the train station, which helps women who travel far.",
    "Session plan: 15 min introduction, 30 min film with subtitles, 30 min questions, 15 min where to get help.",
    "The national action plan 2023-2027 mentions migrant women only twice.",
    "What helped most was a fixed contact person at the asylum office for urgent protection cases.",
    "Please see the recommendations, version 2.1, clause 14, on interpreters of the same gender.",
    "We saw fewer no-shows (from 30% to 12%) after we started sending reminders in the woman's language.",
    "Police officers in our region now get a 4-hour module on female genital mutilation.",
    "Survivors under 18 are referred to child protection services the same day, as the law requires.",
]

IDENTIFYING = [
    "You can reach her on +31 6 1234 5678 after six.",
    "Her mobile is 0612345678, she prefers WhatsApp.",
    "Call the mother at (020) 123-4567 if the girl does not show up.",
    "Write to amina.k@example.org for the details.",
    "The client's email is fatima1984@gmail.com.",
    "Her IND case nr. 2023/44817-B is still open.",
    "Her case number is 2023/44817-B at the IND.",
    "His passport number is X12345678 and it expires soon.",
    "BSN 123456789 belongs to the woman I mentioned.",
    "The V-nummer is 2940112345.",
    "She lives at Lindenstraat 14 with her aunt.",
    "They moved to 22 Church Street, near the market.",
    "She stays at Via Roma 12, second floor.",
    "The address is Calle Mayor 5, Madrid.",
    "Postcode 1012 AB, the house with the blue door.",
    "The girl was born 14/03/2009 in Asmara.",
    "Date of birth: 02.11.1990, from Eritrea.",
    "Born on 5-6-2001, she arrived alone.",
    "IBAN NL91 ABNA 0417 1643 00 was used by the trafficker.",
    "Her file reference is DOS-55812.",
    "Her name is Mariam Tesfay and she is 17.",
    "The woman from room 214 in the Ter Apel centre told me everything.",
    "She was born in 1998 and lives in the small village near the border.",
    "Her brother works at the kebab shop next to the station in Zwolle.",
    "He can be reached on 06-87654321.",
]
