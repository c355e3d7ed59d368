// The fridge's screens, in a chunk of their own: loaded the first time someone opens
// the fridge, so the first screen of the app starts without them.
export { default as FoodCatalogueScreen } from './FoodCatalogueScreen.svelte';
export { default as FridgeCheckScreen } from './FridgeCheckScreen.svelte';
export { default as FridgeGameScreen } from './FridgeGameScreen.svelte';
export { default as FridgeScreen } from './FridgeScreen.svelte';
export { default as LabelScreen } from './LabelScreen.svelte';
