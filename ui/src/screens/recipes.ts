// The recipe book's screens, in a chunk of their own: loaded the first time someone
// opens the recipes, so the first screen of the app starts without them.
export { default as CookScreen } from './CookScreen.svelte';
export { default as MenuScreen } from './MenuScreen.svelte';
export { default as RecipeScreen } from './RecipeScreen.svelte';
export { default as RecipesScreen } from './RecipesScreen.svelte';
export { default as RecordRecipeScreen } from './RecordRecipeScreen.svelte';
