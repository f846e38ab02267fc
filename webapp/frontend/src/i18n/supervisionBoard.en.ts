/** Texts of the live supervision board. */
export default {
  supervisionBoard: {
    nav: 'Supervision board',
    title: 'Live e-supervision board',
    loadFailed: 'Could not read the board; please try again later',
    state: {
      connecting: 'Connecting',
      live: 'Live',
      reconnecting: 'Connection lost, reconnecting',
    },
    figures: {
      receivedToday: 'Received today',
      openCases: 'Open cases',
      overdue: 'Past promised limit',
      pastStatutory: 'Past statutory limit',
      closedToday: 'Closed today',
    },
    chartTitle: 'Open and overdue cases by department',
    department: 'Department',
    feedTitle: 'Latest warnings',
    feedEmpty: 'No new warnings; new ones appear here as they are raised',
    levels: {
      REMINDER: 'Reminder',
      YELLOW: 'Yellow card',
      RED: 'Red card',
      ANOMALY: 'Anomaly',
    },
    updatedAt: 'Updated {time}',
  },
}
