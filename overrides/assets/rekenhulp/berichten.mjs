// The messages between the page (motor.mjs) and the Python worker (werker.mjs), declared once: their names
// and, in the functions below, their payloads. Both sides build and read messages only through this module.
export const SOORT = Object.freeze({
  // page -> worker
  VRAAG: "vraag",          // {id, naam, invoer, documenten?, bestand?}: a calculation, the documents for an answer,
                           // or one filled document ({tekst, titel}) as the files to download (.docx, .txt)
  BESTAND: "bestand",      // {id, bestand: ArrayBuffer (transferred), invoer}: the Verzuimoverzicht of an export
  // worker -> page
  STADIUM: "stadium",      // {stadium}: how far the start is (STADIA)
  KLAAR: "klaar",          // {ms: {pyodide, calculators}}: Python and the calculators are loaded
  STARTFOUT: "startfout",  // {melding}: the start failed (the page retries once, then offers a button)
  ANTWOORD: "antwoord",    // {id, antwoord} or {id, fout}: the answer to a VRAAG
  VOORTGANG: "voortgang",  // {id, fase, gedaan, totaal}: progress of a BESTAND (fase: xlsx, lezen, analyseren)
  OVERZICHT: "overzicht",  // {id, kop, tabel, leerlingen, grenzen, csvNamen, csvZonder} or {id, fout}
});

// The start's stages, in their order (the page's status line counts them).
export const STADIA = Object.freeze(["laden", "starten", "rekenhulpen"]);

export const bericht = Object.freeze({
  vraag: (id, naam, invoer, { documenten, bestand } = {}) => ({ soort: SOORT.VRAAG, id, naam, invoer,
    ...(documenten === undefined ? {} : { documenten }), ...(bestand === undefined ? {} : { bestand }) }),
  bestand: (id, bestand, invoer) => ({ soort: SOORT.BESTAND, id, bestand, invoer }),
  stadium: (stadium) => ({ soort: SOORT.STADIUM, stadium }),
  klaar: (ms) => ({ soort: SOORT.KLAAR, ms }),
  startfout: (melding) => ({ soort: SOORT.STARTFOUT, melding }),
  antwoord: (id, antwoord) => ({ soort: SOORT.ANTWOORD, id, antwoord }),
  voortgang: (id, fase, gedaan, totaal) => ({ soort: SOORT.VOORTGANG, id, fase, gedaan, totaal }),
  // The pupils' texts as one UTF-8 buffer with their bounds (transferred: no copy on the page's thread).
  overzicht: (id, { kop, tabel, leerlingen, grenzen, csvNamen, csvZonder }) =>
    ({ soort: SOORT.OVERZICHT, id, kop, tabel, leerlingen, grenzen, csvNamen, csvZonder }),
  // A failure while answering: for a VRAAG or a BESTAND, as the message of that kind.
  fout: (soort, id, melding) => ({ soort, id, fout: melding }),
});

// What a failed message says, for the one who asked: the text, or null when it is an answer.
export const foutVan = (data) => (data && typeof data.fout === "string" ? data.fout : null);
