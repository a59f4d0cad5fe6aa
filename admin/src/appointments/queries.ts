/** The notice for the covered services' board (print-styled HTML rendered by the API [001 §2.2]). */
export const APPOINTMENT_NOTICE = `query AppointmentNotice($id: ID!) { appointment(id: $id) { id noticeHtml } }`;
