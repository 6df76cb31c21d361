// The messages between the page (motor.mjs) and the Python worker (werker.mjs), declared once: their names
// and, in the functions below, their payloads. Both sides build and read messages only through this module.
export const SOORT = Object.freeze({
  // page -> worker
  VRAAG: "vraag",          // {id, naam, invoer, documenten?, bestand?}: a calculation, the documents for an answer,
                           // or one filled document ({tekst, titel}) as the files to download (.docx, .txt)
  BESTAND: "bestand",      // {id, bestanden: File[], invoer}: the Verzuimoverzicht of one or more exports (the
                           // File handles only: the worker reads each in pieces, so no copy of a file is held whole)
  DETAIL: "detail",        // {id, leerling}: one pupil of the last overview, {leerling, beeld, documenten} (issue 18:
                           // the page gets the table first and a pupil's full answer only when it is opened)
  WEKEN: "weken",          // {id}: the school's weeks of the last overview, {svg, weken}
  // worker -> page
  STADIUM: "stadium",      // {stadium}: how far the start is (STADIA)
  KLAAR: "klaar",          // {ms: {pyodide, calculators}}: Python and the calculators are loaded
  STARTFOUT: "startfout",  // {melding}: the start failed (the page retries once, then offers a button)
  ANTWOORD: "antwoord",    // {id, antwoord} or {id, fout}: the answer to a VRAAG, DETAIL or WEKEN
  VOORTGANG: "voortgang",  // {id, fase, gedaan, totaal}: progress of a BESTAND (fase: inlezen, xlsx, lezen, analyseren)
  OVERZICHT: "overzicht",  // {id, kop, tabel, csvNamen, csvZonder} or {id, fout}: the table rows, not the pupils
});

// The start's stages, in their order (the page's status line counts them).
export const STADIA = Object.freeze(["laden", "starten", "rekenhulpen"]);

export const bericht = Object.freeze({
  vraag: (id, naam, invoer, { documenten, bestand } = {}) => ({ soort: SOORT.VRAAG, id, naam, invoer,
    ...(documenten === undefined ? {} : { documenten }), ...(bestand === undefined ? {} : { bestand }) }),
  bestand: (id, bestanden, invoer) => ({ soort: SOORT.BESTAND, id, bestanden, invoer }),
  detail: (id, leerling) => ({ soort: SOORT.DETAIL, id, leerling }),
  weken: (id) => ({ soort: SOORT.WEKEN, id }),
  stadium: (stadium) => ({ soort: SOORT.STADIUM, stadium }),
  klaar: (ms) => ({ soort: SOORT.KLAAR, ms }),
  startfout: (melding) => ({ soort: SOORT.STARTFOUT, melding }),
  antwoord: (id, antwoord) => ({ soort: SOORT.ANTWOORD, id, antwoord }),
  voortgang: (id, fase, gedaan, totaal) => ({ soort: SOORT.VOORTGANG, id, fase, gedaan, totaal }),
  // The summary and the table rows only: a pupil's full answer is asked for when it is opened (DETAIL).
  overzicht: (id, { kop, tabel, csvNamen, csvZonder }) => ({ soort: SOORT.OVERZICHT, id, kop, tabel, csvNamen, csvZonder }),
  // A failure while answering: for a VRAAG or a BESTAND, as the message of that kind (DETAIL, WEKEN: ANTWOORD).
  fout: (soort, id, melding) => ({ soort, id, fout: melding }),
});

// What a failed message says, for the one who asked: the text, or null when it is an answer.
export const foutVan = (data) => (data && typeof data.fout === "string" ? data.fout : null);
