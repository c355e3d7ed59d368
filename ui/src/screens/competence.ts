// The competence screens, in a chunk of their own: loaded the first time someone opens
// them, so the first screen of the app starts without them.
export { default as AimSignoffScreen } from './AimSignoffScreen.svelte';
export { default as CompetenceGroupScreen } from './CompetenceGroupScreen.svelte';
export { default as CompetenceScreen } from './CompetenceScreen.svelte';
export { default as RateAimScreen } from './RateAimScreen.svelte';
export { default as TraineeCompetenceScreen } from './TraineeCompetenceScreen.svelte';
