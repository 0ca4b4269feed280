// The few strings of the start-up bundle (main.js): titles and the lazy loader's states.
// Kept apart from the panel's strings so main.js stays small.
export const mainMessages = {
    title: {id: 'plugin-onboard.main.title', defaultMessage: 'Plugin Onboarding'},
    tooltip: {id: 'plugin-onboard.main.tooltip', defaultMessage: 'Plugin Onboarding: track plugins through the Community server process'},
    loading: {id: 'plugin-onboard.main.loading', defaultMessage: 'Loading Plugin Onboarding…'},
    loadFailed: {id: 'plugin-onboard.main.load_failed', defaultMessage: 'Plugin Onboarding could not load ({error}). Check your connection, then try again.'},
    retry: {id: 'plugin-onboard.main.retry', defaultMessage: 'Try again'},
    crashed: {id: 'plugin-onboard.main.crashed', defaultMessage: 'Something went wrong in Plugin Onboarding: {error}. Nothing you recorded is lost — it is in the tracker channel.'},
    waitingOnYou: {id: 'plugin-onboard.main.waiting_on_you', defaultMessage: '{count, plural, one {# thing waits} other {# things wait}} on you'},
    reload: {id: 'plugin-onboard.main.reload', defaultMessage: 'Reload'},
    commandLoadFailed: {id: 'plugin-onboard.main.command_load_failed', defaultMessage: 'Plugin Onboarding could not load ({error}). Nothing was recorded; check your connection and send the command again.'},
} as const;
