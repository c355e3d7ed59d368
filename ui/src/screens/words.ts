// The word bank's screens, in a chunk of their own: loaded the first time a trainee or
// mentor opens the words, so the first screen of the app starts without them.
export { default as AddWordScreen } from './AddWordScreen.svelte';
export { default as PracticeScreen } from './PracticeScreen.svelte';
export { default as WordsScreen } from './WordsScreen.svelte';
