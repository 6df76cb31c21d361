"""Interpretation choices: where the law is silent or sources disagree, what the calculators do.

Each answer lists the choices it applied under ``keuzes``; the site's page 'Keuzes en
interpretaties' renders this same table, so the page and the answers cannot drift apart.

Numbers of the law are never typed here: ``{pid}`` placeholders (forms in ``calculators/woorden.py``) are
filled from the landelijk profile by ``keuze(kid)``, the same way ``uitvoer._codes()`` fills its texts.
"""

from __future__ import annotations

KEUZES: dict[str, dict[str, str]] = {
    "eerste_schooldag": {
        "titel": "Eerste schooldag als de maand geen lesdag heeft",
        "tekst": "De wet zegt 'de eerste schooldag van de maand' na de {leerplicht_startleeftijd:rang} verjaardag, maar zegt niet wat er "
                 "gebeurt als die maand geheel vakantie is (bijvoorbeeld augustus). Wij nemen de eerste schooldag "
                 "op of na de eerste van die maand, ook als die in een latere maand valt, en melden dat dan.",
    },
    "schoolkalender_regio": {
        "titel": "De schoolkalender van de vakantieregio",
        "tekst": "Schooldagen zijn maandag tot en met vrijdag buiten de officiële schoolvakanties van de "
                 "vakantieregio en buiten de erkende feestdagen waarop scholen vrij zijn. Herfst- en "
                 "voorjaarsvakantie zijn adviesdata; een school kan afwijken en eigen vrije dagen hebben. Vul "
                 "die in als extra vrije dagen: de kalender van de school gaat altijd voor.",
    },
    "keuzedagen_lesdag": {
        "titel": "Goede Vrijdag en 5 mei tellen als lesdag",
        "tekst": "Op Goede Vrijdag en Bevrijdingsdag (buiten de meivakantie) kiest de school zelf of ze vrij "
                 "geeft. Wij rekenen ze als lesdag, tenzij u ze als vrije dag van de school invult.",
    },
    "benadering_buiten_data": {
        "titel": "Buiten de bekende schooljaren: benadering",
        "tekst": "Voor data buiten de schooljaren 2023-2024 tot en met 2029-2030 zijn de vakanties niet bekend. "
                 "Dan tellen alleen weekenden en feestdagen als vrij en staat 'benadering' op waar.",
    },
    "schrikkeldag": {
        "titel": "Geboren op 29 februari",
        "tekst": "In een jaar zonder 29 februari bereikt wie op 29 februari is geboren de nieuwe leeftijd op "
                 "1 maart (zoals in het Burgerlijk Wetboek gebruikelijk: de dag na 28 februari). De wet regelt dit "
                 "niet. Het kan een maand schelen: wie in 2020 op 29 februari is geboren, wordt volgens deze keuze op "
                 "1 maart 2025 {leerplicht_startleeftijd:woordgetal} en is leerplichtig vanaf de eerste schooldag van april, niet van maart. De uitleg "
                 "noemt dan ook de andere lezing.",
    },
    "einde_schooljaar_31_juli": {
        "titel": "Einde van het schooljaar is 31 juli",
        "tekst": "De Leerplichtwet definieert 'schooljaar' niet; de onderwijswetten (WPO art. 1, WVO 2020 "
                 "art. 1.1) wel: 1 augustus tot en met 31 juli. Wie op 31 juli {leerplicht_eindleeftijd:getal} wordt, is dus aan "
                 "het einde van die dag uit de leerplicht; wie op 1 augustus {leerplicht_eindleeftijd:getal} wordt, een jaar later.",
    },
    "twaalf_schooljaren": {
        "titel": "De {leerplicht_max_schooljaren:woord}",
        "tekst": "Er is geen officiële uitleg van '{leerplicht_max_schooljaren:woord}'. Wij tellen elk schooljaar "
                 "(1 augustus–31 juli) waarin de leerling van de eerste tot de laatste schooldag op een school "
                 "stond ingeschreven, vanaf het opgegeven eerste volledige schooljaar, zonder onderbreking. Wie de "
                 "basisschool in minder dan {basisschool_schooljaren:woordgetal} jaar doorliep, krijgt die jaren als "
                 "{basisschool_schooljaren:woordgetal} geteld (art. 3 lid 2). "
                 "Zonder schoolgeschiedenis rekenen we alleen met de leeftijdsregel ({leerplicht_eindleeftijd}); het einde kan dan eerder liggen.",
    },
    "kwalificatieplicht_18": {
        "titel": "Kwalificatieplicht tot de {kwalificatieplicht_eindleeftijd:rang} verjaardag",
        "tekst": "De kwalificatieplicht eindigt 'zodra de jongere {kwalificatieplicht_eindleeftijd} bereikt'. De {kwalificatieplicht_eindleeftijd:rang} verjaardag zelf is dus "
                 "geen kwalificatieplichtige dag meer; de laatste dag is de dag ervoor.",
    },
    "startkwalificatie_datum": {
        "titel": "Datum van de startkwalificatie",
        "tekst": "De wet zegt niet of de uitslagdatum of de datum van het diploma telt. Wij gebruiken de "
                 "datum die u invult (normaal de diplomadatum in het register); de dag ervoor is de laatste "
                 "kwalificatieplichtige dag.",
    },
    "vijfjarige_per_week": {
        "titel": "Vrijstelling vijfjarigen per kalenderweek",
        "tekst": "De uren van art. 11a gelden per week; de wet zegt niet of het klokuren zijn of dat niet "
                 "gebruikte uren mogen worden gespaard. Wij rekenen per kalenderweek in klokuren, zonder sparen.",
    },
    "verlof_schooldagen": {
        "titel": "Verlofdagen zijn schooldagen",
        "tekst": "De wet spreekt van 'dagen'. Wij tellen alleen schooldagen van de vakantieregio (weekenden, "
                 "vakanties en feestdagen niet), zoals de richtlijn van de Rijksoverheid.",
    },
    "verlof_tellers_apart": {
        "titel": "Vakantieverlof en gewichtige omstandigheden apart geteld",
        "tekst": "De wet houdt het maximum voor vakantieverlof (art. 13a) en voor gewichtige omstandigheden "
                 "(art. 14) in aparte artikelen. Geen bron telt ze bij elkaar op; wij houden twee tellers.",
    },
    "verlof_gewichtig_per_schooljaar": {
        "titel": "Gewichtige omstandigheden: {verlof_gewichtig_max_dagen_directeur:woord}, opgeteld",
        "tekst": "Art. 14 lid 3 spreekt van {verlof_gewichtig_max_dagen_directeur:woordgetal} dagen per schooljaar voor dezelfde jongere. Wij tellen eerder "
                 "verleende dagen in hetzelfde schooljaar mee: komt het totaal boven de {verlof_gewichtig_max_dagen_directeur:woordgetal}, dan beslist de "
                 "leerplichtambtenaar.",
    },
    "verlof_naar_rato": {
        "titel": "Verlof voor kwalificatieplichtigen naar rato",
        "tekst": "Voor kwalificatieplichtigen geldt 'een evenredig deel' van de verplichte onderwijsdagen. Wij "
                 "rekenen het maximum × (onderwijsdagen per week ÷ 5), naar beneden afgerond. Er is geen "
                 "officiële formule.",
    },
    "verlof_religieus_kalenderdagen": {
        "titel": "Religieus verlof: {verlof_religieus_melding_dagen:woordgetal} kalenderdagen vooraf",
        "tekst": "De wet zegt 'uiterlijk {verlof_religieus_melding_dagen:woord} voor de verhindering' en niet of dat schooldagen zijn. Wij "
                 "rekenen met kalenderdagen. Sommige regio's vragen een week vooraf; dat is strenger dan de wet.",
    },
    "zestien_uur_venster": {
        "titel": "Het venster van {melding_lesweken:woord}",
        "tekst": "Wij leggen vanaf elke verzuimdag een venster tot de dag vóór dezelfde weekdag {melding_lesweken:woord} "
                 "later. Een lesweek is een week (maandag–zondag) met ten minste één schooldag; weken zonder "
                 "schooldag slaan we over. Zo wordt geen periode gemist die de wet bedoelt.",
    },
    "zestien_uur_minstens": {
        "titel": "Minstens {melding_uren:woord}",
        "tekst": "De wet zegt 'in totaal {melding_uren:woordgetal} uren' en DUO 'minimaal {melding_uren}'; een andere DUO-pagina "
                 "zegt 'meer dan {melding_uren}'. Wij melden vanaf precies {melding_uren:woord}. De einddatum is de dag "
                 "waarop het {melding_uren:rang} uur is bereikt.",
    },
    "zestien_uur_eenheid": {
        "titel": "Klokuren of lesuren",
        "tekst": "De wet zegt niet of de {melding_uren:woordgetal} uren klokuren of lesuren zijn. Standaard rekenen wij met de uren "
                 "zoals u ze invoert (klokuren). Een regio kan in haar profiel vastleggen dat zij lesuren telt.",
    },
    "zestien_uur_herstart": {
        "titel": "Opnieuw tellen na een melding",
        "tekst": "Na een melding begint het tellen opnieuw op de dag na de einddatum (DUO). Uren van voor die "
                 "dag tellen niet nog eens mee.",
    },
    "vervolgmelding_zeven_dagen": {
        "titel": "Doorlopend verzuim: één melding per {melding_vervolg_dagen:woordgetal} dagen",
        "tekst": "Bij doorlopend verzuim mag de school volstaan met één melding per {melding_vervolg_dagen:woord} (DUO). "
                 "Loopt het verzuim door, dan schuiven wij de einddatum van de volgende melding op tot de eerste "
                 "verzuimdag die ten minste {melding_vervolg_dagen:woordgetal} dagen na de einddatum van de vorige melding valt. Drechtsteden noemt 'elke maand'; dat wijkt af van DUO.",
    },
    "lrv_na_vier_weken": {
        "titel": "Langdurig relatief verzuim na meer dan {lrv_weken:woord}",
        "tekst": "Is een leerling langer dan {lrv_weken:woord} (meer dan {lrv_weken:getal} × 7 kalenderdagen, alle schooldagen afwezig) aaneengesloten "
                 "ongeoorloofd afwezig, dan stellen wij één LRV-melding voor. Die begint de dag na de einddatum "
                 "van de laatste melding '{melding_uren} in {melding_lesweken:getal} weken' en blijft open tot de leerling terug is.",
    },
    "mazl_ziekmelding_is_episode": {
        "titel": "Een ziekmelding is een periode, geen dag",
        "tekst": "M@ZL telt ziekmeldingen: één melding kan meerdere dagen duren. De {mazl_schoolweken:woord} tellen "
                 "wij terug vanaf de eerste dag van de nieuwe melding; weken zonder schooldag tellen niet mee.",
    },
    "mazl_aaneengesloten_schooldagen": {
        "titel": "Aaneengesloten ziek: schooldagen tellen",
        "tekst": "Bij 'de {mazl_aaneengesloten_dagen:rang} dag aaneengesloten ziek' tellen wij schooldagen. Weekenden en vakanties "
                 "breken de reeks niet en tellen ook niet mee.",
    },
    "mazl_per_schooljaar": {
        "titel": "M@ZL-criteria per schooljaar",
        "tekst": "Regionale criteria 'per schooljaar' beginnen op 1 augustus opnieuw te tellen.",
    },
    "thuiszitter_meer_dan_vier_weken": {
        "titel": "Thuiszitter: meer dan {thuiszitter_weken:woord}",
        "tekst": "De landelijke definitie zegt 'langer dan {thuiszitter_weken:woord}'; sommige regio's zeggen "
                 "'{thuiszitter_weken:woord} of langer'. Wij volgen het profiel van de gekozen regio en zeggen welke grens gebruikt is.",
    },
    "stappenplan_hoogste_stap": {
        "titel": "Stappenplan: alle stappen die gelden",
        "tekst": "Wij tonen elke stap waarvan de voorwaarde is vervuld, de zwaarste eerst. Vanuit elke situatie "
                 "kan een school eerder opschalen; het stappenplan is een ondergrens, geen plafond.",
    },
    "overzicht_codes": {
        "titel": "Verzuimoverzicht: absentiecodes indelen",
        "tekst": "Absentiecodes verschillen per school. Een code krijgt de indeling die u kiest; anders de soort "
                 "uit het bestand (zoals 'te laat' of 'aanwezig'), dan de standaardlijst van het systeem, waarbij "
                 "een kolom 'geoorloofd' in het bestand voorgaat als die het niet met de standaard eens is. Een code "
                 "die zo geen indeling krijgt, telt niet mee tot u kiest: wij raden nooit.",
    },
    "overzicht_uren": {
        "titel": "Verzuimoverzicht: van registraties naar uren",
        "tekst": "Een lesuur telt als de lesduur die u instelt (standaard 50 minuten), omgerekend naar klokuren; "
                 "telt de regio lesuren, dan telt elk lesuur als één. Begin- en eindtijden tellen in minuten. "
                 "Overlappende registraties van dezelfde leerling op dezelfde dag tellen één keer. Uren per dag "
                 "worden afgerond op vier decimalen.",
    },
    "tijdvak_over_dagen": {
        "titel": "Een melding over meerdere dagen",
        "tekst": "Loopt een registratie over meerdere dagen, dan telt de eerste dag vanaf de begintijd tot het "
                 "einde van de schooldag, de laatste dag vanaf het begin van de schooldag tot de eindtijd, en elke "
                 "schooldag ertussen als een volle schooldag (begin en einde van de schooldag stelt u in, "
                 "standaard 08:30–15:30). Weekenden, vakanties en vrije dagen tellen niet. Een registratie zonder "
                 "einde loopt tot de peildatum.",
    },
    "te_laat_geen_uren": {
        "titel": "Te laat: een keer, geen uren",
        "tekst": "Een registratie 'te laat' telt als één keer te laat (per lesuur of per moment), niet als uren "
                 "verzuim: de export zegt meestal niet hoeveel lestijd er is gemist. Te laat met een geldige reden "
                 "(geoorloofd) telt niet als te laat. Het aantal keren telt per schooljaar (1 augustus–31 juli), "
                 "omdat de protocollen geen periode noemen.",
    },
    "ziekmelding_uit_registraties": {
        "titel": "Ziekmeldingen uit registraties",
        "tekst": "Ziekteregistraties op schooldagen zonder schooldag zonder ziekte ertussen vormen samen één "
                 "ziekmelding (een weekend of vakantie breekt de reeks niet). Ook een deel van een dag ziek is een "
                 "ziekmelding voor die dag.",
    },
    "overzicht_stand": {
        "titel": "Tellingen voor het stappenplan: tot de laatste dag in het bestand",
        "tekst": "Het stappenplan vraagt naar de situatie nu. Wij tellen tot en met de laatste schooldag met een "
                 "registratie in het bestand (of de peildatum, als die eerder ligt): de uren in de laatste "
                 "{melding_lesweken}, de ziekmeldingen in de laatste {mazl_schoolweken} (M@ZL), en de aaneengesloten afwezigheid "
                 "die tot die dag doorloopt. Weken aaneengesloten afwezig = schooldagen met ongeoorloofd verzuim "
                 "achter elkaar (zoals de LRV-regel: verzuim op elke schooldag), gedeeld door vijf; minder dan vijf "
                 "schooldagen telt als nul weken.",
    },
    "overzicht_dubbel": {
        "titel": "Dubbele registraties",
        "tekst": "Staat dezelfde leerling op dezelfde dag en hetzelfde lesuur (of dezelfde periode) twee keer in "
                 "het bestand, dan telt de eerste regel; de volgende staan met hun regelnummer in de lijst van "
                 "regels die niet meetellen.",
    },
    "stappenplan_periode_meldgrens": {
        "titel": "Uren verzuim in een stappenplan: geteld zoals de meldgrens",
        "tekst": "Een regionaal stappenplan noemt soms een aantal uren verzuim zonder periode (Zuid-Kennemerland & "
                 "IJmond: het preventief spreekuur) of 'in … weken' zonder te zeggen welk verzuim en welke weken "
                 "(Amsterdam-Diemen: het verzuimgesprek). De rekenhulp telt die uren zoals de meldgrens van de wet: "
                 "ongeoorloofde uren in {melding_lesweken} (art. 21a Lpw), dus zonder weken zonder les. Dat is "
                 "onze lezing, niet die van het protocol; de school kan een ruimere periode aanhouden.",
    },
    "stappenplan_grens_sluit_aan": {
        "titel": "Stappen die op elkaar aansluiten: de grens hoort bij de lichtere stap",
        "tekst": "Loopt de ene stap 'tot' een aantal weken en begint de volgende bij 'langer dan' hetzelfde aantal "
                 "(Amsterdam-Diemen, situaties 5 en 6), dan noemt het protocol de grens zelf nergens. De rekenhulp "
                 "rekent precies die duur bij de lichtere stap ('tot en met'), zodat elke duur een stap heeft.",
    },
    "stappenplan_ziekte_zonder_twijfel": {
        "titel": "Drechtsteden stap 5: de ziektegrenzen zonder de voorwaarde 'twijfel'",
        "tekst": "§1.1 van de Drechtsteden-procedure laat de school ziekteverzuim bij leerplicht en DUO melden als een "
                 "ziektegrens is bereikt én er twijfel is of de ziekmelding klopt (patronen, geen "
                 "geldige reden, niet thuis bij controle). Stap 5b noemt dezelfde grenzen zonder die voorwaarde. "
                 "De rekenhulpen tonen stap 5b zodra een grens is bereikt (jeugdarts en leerplichtambtenaar "
                 "inschakelen) en zeggen één ding over DUO: melden alleen bij twijfel aan de ziekte, als vermoedelijk "
                 "ongeoorloofd verzuim. Ziekte zelf is geoorloofd verzuim (art. 11 onder d Lpw).",
    },
    "stappenplan_grens_uit_definitie": {
        "titel": "Drechtsteden stap 7: de grens komt uit de definitie van thuiszitter",
        "tekst": "Stap 7 (Meldpunt Thuiszitters) noemt zelf geen termijn: het Meldpunt vraagt de thuiszitters op, "
                 "en de BPO-er meldt een leerling aan als de school handelingsverlegen is, of eerder preventief. "
                 "De rekenhulp toont stap 7 vanaf de grens die §1.3 van de procedure voor een thuiszitter geeft. "
                 "Handelingsverlegenheid en een preventieve aanmelding kunnen stap 7 ook eerder laten gelden.",
    },
}


def keuze(kid: str) -> dict[str, str]:
    """One choice with its numbers filled from the law's profile: {"titel": …, "tekst": …}."""
    from . import profielen, woorden  # late: profielen validates step keuzes against KEUZES

    waarden = profielen.waarden(profielen.laad(profielen.BASIS).parameters)
    k = KEUZES[kid]
    return {"titel": woorden.vul_in(k["titel"], waarden), "tekst": woorden.vul_in(k["tekst"], waarden)}


def alle() -> list[dict[str, str]]:
    """Every choice, filled: [{"id", "titel", "tekst"}] in the order of KEUZES."""
    return [{"id": kid, **keuze(kid)} for kid in KEUZES]
