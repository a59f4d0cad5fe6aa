/** The notice for the covered services' board (print-styled HTML rendered by the API [001 §2.2]): notice.graphql. */
export { AppointmentNoticeDocument as APPOINTMENT_NOTICE } from '../gql/graphql';
