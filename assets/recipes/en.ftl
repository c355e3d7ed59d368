### The starter recipes in English: the title (the key) and each step (key-number); see pack.json.

fiskesuppe = Fish soup
fiskesuppe-1 = Peel the carrot, potato and onion. Cut them into small pieces.
fiskesuppe-2 = Melt butter in a pot. Stir in the flour.
fiskesuppe-3 = Pour in stock and milk a little at a time. Stir all the time.
fiskesuppe-4 = Add the vegetables. Boil for 10 minutes.
fiskesuppe-5 = Cut the fish into pieces. Add fish, shrimps and cream. Let it simmer for 5 minutes.
fiskesuppe-6 = Season with salt and pepper. Sprinkle herbs on top.

kjottkaker = Meat cakes in brown sauce
kjottkaker-1 = Mix minced meat, salt, pepper and egg in a bowl.
kjottkaker-2 = Stir in oats and milk. Shape round cakes.
kjottkaker-3 = Fry the cakes in butter on both sides, about 8 minutes.
kjottkaker-4 = Brown flour in butter. Add stock to make a smooth sauce.
kjottkaker-5 = Put the cakes in the sauce. Simmer for 15 minutes.

vafler = Waffles
vafler-1 = Whisk eggs and sugar until fluffy.
vafler-2 = Stir in flour, milk and cardamom. Stir until smooth.
vafler-3 = Melt the butter and stir it into the batter.
vafler-4 = Let the batter rest for 15 minutes.
vafler-5 = Bake the waffles in the waffle iron, about 3 minutes each.

skolebrod = Custard buns
skolebrod-1 = Melt the butter. Add milk and warm it until lukewarm.
skolebrod-2 = Stir yeast into the milk. Mix in sugar, cardamom and flour.
skolebrod-3 = Knead the dough well. Let it rise for 30 minutes.
skolebrod-4 = Divide the dough into 12 buns. Make a hollow in each and fill it with custard.
skolebrod-5 = Bake the buns at 225 degrees for 12 minutes.
skolebrod-6 = Brush with icing and sprinkle with coconut.

rundstykker = Bread rolls
rundstykker-1 = Stir the yeast into lukewarm water.
rundstykker-2 = Mix in salt, oil and flour. Knead the dough for 10 minutes.
rundstykker-3 = Let the dough rise under a towel for 45 minutes.
rundstykker-4 = Shape 12 round rolls. Let them rise for 30 more minutes.
rundstykker-5 = Brush with egg and sprinkle with sesame seeds. Bake at 225 degrees for 15 minutes.

havregrot = Oat porridge
havregrot-1 = Put oats, water and salt in a pot.
havregrot-2 = Bring to the boil. Stir now and then and let the porridge boil for 5 minutes.
havregrot-3 = Serve with milk, cinnamon and pieces of apple.

pannekaker = Pancakes
pannekaker-1 = Whisk flour and half of the milk until smooth.
pannekaker-2 = Whisk in the rest of the milk, the eggs and salt.
pannekaker-3 = Let the batter rest for 20 minutes.
pannekaker-4 = Fry thin pancakes in butter on medium heat.

eplekake = Apple cake
eplekake-1 = Beat butter and sugar until pale. Stir in the eggs one at a time.
eplekake-2 = Stir in the flour.
eplekake-3 = Peel the apples and cut them into wedges.
eplekake-4 = Put the batter in a tin. Press the apples into it. Sprinkle with sugar and cinnamon. Bake at 180 degrees for 45 minutes.

shiro = Shiro
shiro-1 = Chop the onion and garlic finely.
shiro-2 = Fry the onion in oil for 10 minutes without browning it.
shiro-3 = Add garlic, tomato and chili. Stir well.
shiro-4 = Stir the chickpea flour into the water. Pour it into the pot and stir all the time.
shiro-5 = Simmer for 15 minutes until thick and smooth. Season with salt.

misir-wot = Red lentil stew
misir-wot-1 = Rinse the lentils in cold water.
misir-wot-2 = Fry chopped onion in oil for 8 minutes.
misir-wot-3 = Add garlic, ginger and chili. Fry for one minute.
misir-wot-4 = Add lentils and water. Simmer for 25 minutes. Stir now and then.
misir-wot-5 = Season with salt. Serve with bread.

sambusa = Sambusa
sambusa-1 = Fry minced meat with onion, garlic and cumin for 10 minutes.
sambusa-2 = Mix in herbs, salt and pepper. Let the filling cool.
sambusa-3 = Mix flour, water and salt into a dough. Roll thin sheets and cut them into strips.
sambusa-4 = Fold the strips into triangles and fill them.
sambusa-5 = Deep-fry the sambusas in hot oil for about 4 minutes, until golden.

bariis = Somali rice with lamb
bariis-1 = Cut the lamb into pieces. Chop onion and garlic.
bariis-2 = Brown the meat in oil. Add onion and garlic and fry for 15 minutes.
bariis-3 = Add tomato, cumin, cardamom and cinnamon.
bariis-4 = Add rinsed rice and water. Cook with a lid on low heat for 20 minutes.
bariis-5 = Season with salt. Serve with a slice of lemon.

shorbat-adas = Lentil soup (shorbat adas)
shorbat-adas-1 = Chop onion, carrot and garlic.
shorbat-adas-2 = Fry the vegetables in oil for 5 minutes.
shorbat-adas-3 = Add lentils, cumin and water. Boil for 25 minutes.
shorbat-adas-4 = Blend the soup smooth with a stick blender.
shorbat-adas-5 = Season with salt and lemon.

hummus = Hummus
hummus-1 = Drain the water from the chickpeas.
hummus-2 = Put chickpeas, sesame paste, garlic, lemon and salt in a bowl.
hummus-3 = Blend everything smooth. Add a little cold water.
hummus-4 = Put the hummus on a plate. Pour oil on top.

mujaddara = Lentils and rice with onion
mujaddara-1 = Boil the lentils in water for 20 minutes.
mujaddara-2 = Fry sliced onion in oil on medium heat for 20 minutes, until brown.
mujaddara-3 = Add rice, cumin and salt to the lentils. Cook with a lid for 20 minutes.
mujaddara-4 = Put the brown onion on top. Serve with yoghurt.

shakshuka = Shakshuka
shakshuka-1 = Cut the onion and pepper into strips.
shakshuka-2 = Fry them in oil for 8 minutes.
shakshuka-3 = Add garlic, cumin and tomatoes. Simmer for 10 minutes.
shakshuka-4 = Make four hollows and crack an egg into each. Put on a lid and let the eggs set for 8 minutes.
shakshuka-5 = Sprinkle salt, pepper and herbs on top.

kabuli-palaw = Kabuli palaw
kabuli-palaw-1 = Rinse the rice and soak it in water for 30 minutes.
kabuli-palaw-2 = Brown lamb and onion in oil. Add water and boil for an hour.
kabuli-palaw-3 = Cut the carrots into thin strips. Fry them with sugar until soft.
kabuli-palaw-4 = Add rice, cumin, cardamom and salt to the broth from the meat.
kabuli-palaw-5 = Put the carrots on top. Steam with a lid on low heat for 30 minutes.

bolani = Bolani
bolani-1 = Mix flour, water, oil and salt into a soft dough.
bolani-2 = Boil the potatoes until soft, about 20 minutes.
bolani-3 = Mash the potatoes with chopped onion, herbs, chili and salt.
bolani-4 = Roll out round sheets. Put filling on one half and fold them.
bolani-5 = Fry in oil, about 3 minutes on each side.

borsjtsj = Borscht
borsjtsj-1 = Grate the beetroot and carrot. Chop the onion.
borsjtsj-2 = Boil the meat in water for 40 minutes.
borsjtsj-3 = Fry onion, carrot and beetroot in oil for 10 minutes.
borsjtsj-4 = Put the vegetables, diced potato and cabbage in the pot. Boil for 20 minutes.
borsjtsj-5 = Season with salt and garlic. Serve with sour cream and herbs.

deruny = Potato pancakes
deruny-1 = Peel and grate the potatoes and the onion.
deruny-2 = Press out the water in a sieve.
deruny-3 = Mix in egg, flour and salt.
deruny-4 = Fry small cakes in oil, about 4 minutes on each side.
deruny-5 = Serve hot with sour cream.
