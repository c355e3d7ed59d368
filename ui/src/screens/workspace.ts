// The mentor's workspace screens, in a chunk of their own: loaded the first time a
// mentor opens them, so a trainee's tablet starts without them.
export { default as ContentScreen } from './ContentScreen.svelte';
export { default as GroupChartsScreen } from './GroupChartsScreen.svelte';
export { default as ReviewScreen } from './ReviewScreen.svelte';
export { default as TodayBoard } from './TodayBoard.svelte';
