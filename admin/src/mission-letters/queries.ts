/** The printable letter (print-styled HTML rendered by the API from the record [001]). */
export const PRINTABLE_LETTER = `query PrintableLetter($id: ID!) { missionLetter(id: $id) { id printableHtml } }`;
