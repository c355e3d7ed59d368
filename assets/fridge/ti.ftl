### The food catalogue's names in ti: one line per item of pack.json (assets/fridge).
### A line under "# review:" is a translation a native speaker should still check.

# review: not sure of this name or its usual form
raw-chicken = ጥረ ደርሆ
# review: not sure of this name or its usual form
chicken-fillet = ስጋ ደርሆ ብዘይ ዓጽሚ
minced-meat = ዝተፈጨ ስጋ
# review: not sure of this name or its usual form
raw-beef = ጥረ ስጋ ከብቲ
# review: not sure of this name or its usual form
raw-lamb = ጥረ ስጋ ዕየት
# review: not sure of this name or its usual form
sausages = ሳልሲቻ
# review: not sure of this name or its usual form
bacon = ቤከን
fresh-fish = ሓድሽ ዓሳ
# review: not sure of this name or its usual form
shrimps = ሽሪምፕ
cooked-rice = ዝተሰርሐ ሩዝ
soup = መረቕ
stew = ጸብሒ
# review: not sure of this name or its usual form
curry = ካሪ
cooked-chicken = ዝተሰርሐ ደርሆ
cooked-pasta = ዝተሰርሐ ፓስታ
boiled-potatoes = ዝፈልሐ ድንሽ
cooked-lentils = ዝተሰርሐ ብርስን
boiled-eggs = ዝፈልሐ እንቋቑሖ
falafel = ፋላፈል
# review: not sure of this name or its usual form
stock = መረቕ ስጋ
tomato-sauce = ሳልሳ ኮሚደረ
# review: not sure of this name or its usual form
yoghurt-sauce = ሳልሳ ርጎ
hummus = ሑሙስ
# review: not sure of this name or its usual form
salad-dressing = ሳልሳ ሰላጣ
opened-milk = ዝተኸፍተ ጸባ
# review: not sure of this name or its usual form
cream = ክሬማ
yoghurt = ርጎ
# review: not sure of this name or its usual form
sour-cream = ጻዕዳ ክሬማ
cheese = ፎርማጆ
butter = ጠስሚ
eggs = እንቋቑሖ
cut-vegetables = ዝተቖረጸ ኣሕምልቲ
washed-salad = ዝተሓጽበ ሰላጣ
cut-fruit = ዝተቖረጸ ፍረታት
# review: not sure of this name or its usual form
fresh-herbs = ሓደስቲ ቆጽሊ መቐመሚ
sandwiches = ሳንድዊች
# review: not sure of this name or its usual form
wraps = ዝተጠቕለለ ባኒ
# review: not sure of this name or its usual form
cream-cake = ኬክ ብክሬማ
# review: not sure of this name or its usual form
cupcakes = ንኣሽቱ ኬክ ብክሬማ
# review: not sure of this name or its usual form
waffle-batter = ሊጥ ዋፍል
# review: not sure of this name or its usual form
pancake-batter = ሊጥ ፓንኬክ
# review: not sure of this name or its usual form
thawed-chicken = ዝፈትሐ ደርሆ
# review: not sure of this name or its usual form
thawed-fish = ዝፈትሐ ዓሳ
# review: not sure of this name or its usual form
thawed-mince = ዝፈትሐ ዝተፈጨ ስጋ
# review: not sure of this name or its usual form
opened-tomatoes = ዝተኸፍተ ኮሚደረ ቆርቆሮ
# review: not sure of this name or its usual form
opened-coconut-milk = ዝተኸፍተ ጸባ ኮኮናት
# review: not sure of this name or its usual form
opened-chickpeas = ዝተኸፍተ ሽምብራ ቆርቆሮ
opened-juice = ዝተኸፍተ ጽማቕ
# review: not sure of this name or its usual form
opened-jam = ዝተኸፍተ ማርማላታ
# review: not sure of this name or its usual form
frozen-peas = ዝቐዘቀዘ ኣተር
ice-cream = ጀላቲ
# review: not sure of this name or its usual form
frozen-berries = ዝቐዘቀዘ ፍረታት ቆጥቋጥ
frozen-fish = ዝቐዘቀዘ ዓሳ
frozen-bread = ዝቐዘቀዘ ባኒ
frozen-soup = ዝቐዘቀዘ መረቕ
frozen-mince = ዝቐዘቀዘ ዝተፈጨ ስጋ
frozen-chicken = ዝቐዘቀዘ ደርሆ
flour = ሓርጭ
uncooked-rice = ዘይተሰርሐ ሩዝ
dry-pasta = ደረቕ ፓስታ
sugar = ሽኮር
oil = ዘይቲ
dry-lentils = ደረቕ ብርስን
# review: not sure of this name or its usual form
oats = ሽዒር
spices = ቅመም
coffee = ቡን
honey = መዓር
# review: not sure of this name or its usual form
canned-tomatoes = ዘይተኸፍተ ኮሚደረ ቆርቆሮ
onions = ሽጉርቲ
potatoes = ድንሽ
bread = ባኒ
# review: not sure of this name or its usual form
thawed-bread = ዝፈትሐ ባኒ
