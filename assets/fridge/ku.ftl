### The food catalogue's names in ku: one line per item of pack.json (assets/fridge).
### A line under "# review:" is a translation a native speaker should still check.

# review: not sure of this name or its usual form
raw-chicken = Mirîşka xav
# review: not sure of this name or its usual form
chicken-fillet = Fîleya mirîşkê
minced-meat = Goştê hêrayî
# review: not sure of this name or its usual form
raw-beef = Goştê çêlekê yê xav
# review: not sure of this name or its usual form
raw-lamb = Goştê berxê yê xav
# review: not sure of this name or its usual form
sausages = Sosîs
# review: not sure of this name or its usual form
bacon = Bacon
fresh-fish = Masiyê teze
# review: not sure of this name or its usual form
shrimps = Mêgo
cooked-rice = Birinca kelandî
soup = Şorbe
# review: not sure of this name or its usual form
stew = Xwarina di beroşê de
# review: not sure of this name or its usual form
curry = Kerî
cooked-chicken = Mirîşka kelandî
cooked-pasta = Makarona kelandî
boiled-potatoes = Kartolên kelandî
cooked-lentils = Nîska kelandî
boiled-eggs = Hêkên kelandî
falafel = Felafel
# review: not sure of this name or its usual form
stock = Av goşt
# review: not sure of this name or its usual form
tomato-sauce = Sosa bacanê sor
# review: not sure of this name or its usual form
yoghurt-sauce = Sosa mastê
hummus = Hummus
# review: not sure of this name or its usual form
salad-dressing = Sosa salatê
opened-milk = Şîrê vekirî
# review: not sure of this name or its usual form
cream = Qeymax
yoghurt = Mast
# review: not sure of this name or its usual form
sour-cream = Qeymaxa tirş
cheese = Penîr
butter = Nîvişk
eggs = Hêk
cut-vegetables = Sebzeyên birî
washed-salad = Salata şûştî
cut-fruit = Fêkiyên birî
# review: not sure of this name or its usual form
fresh-herbs = Giyayên teze
sandwiches = Sandwîç
# review: not sure of this name or its usual form
wraps = Nanê pêçayî
# review: not sure of this name or its usual form
cream-cake = Pasteya bi qeymax
# review: not sure of this name or its usual form
cupcakes = Pasteyên biçûk bi qeymax
# review: not sure of this name or its usual form
waffle-batter = Hevîrê wafilê
# review: not sure of this name or its usual form
pancake-batter = Hevîrê pancakê
# review: not sure of this name or its usual form
thawed-chicken = Mirîşka helandî
# review: not sure of this name or its usual form
thawed-fish = Masiyê helandî
# review: not sure of this name or its usual form
thawed-mince = Goştê hêrayî yê helandî
# review: not sure of this name or its usual form
opened-tomatoes = Bacanên sor ên qutîkirî yên vekirî
# review: not sure of this name or its usual form
opened-coconut-milk = Şîrê gûzê hindê yê vekirî
# review: not sure of this name or its usual form
opened-chickpeas = Nokên qutîkirî yên vekirî
opened-juice = Ava fêkiyan a vekirî
opened-jam = Reçelê vekirî
# review: not sure of this name or its usual form
frozen-peas = Polikên cemidî
# review: not sure of this name or its usual form
ice-cream = Berfemêj
# review: not sure of this name or its usual form
frozen-berries = Tûyên cemidî
frozen-fish = Masiyê cemidî
frozen-bread = Nanê cemidî
frozen-soup = Şorbeya cemidî
frozen-mince = Goştê hêrayî yê cemidî
frozen-chicken = Mirîşka cemidî
flour = Ard
uncooked-rice = Birinca nekelandî
dry-pasta = Makaroniya hişk
sugar = Şekir
oil = Rûn
dry-lentils = Nîska hişk
# review: not sure of this name or its usual form
oats = Ceh
spices = Bihar
coffee = Qehwe
honey = Hingiv
# review: not sure of this name or its usual form
canned-tomatoes = Bacanên sor ên qutîkirî (negirtî)
onions = Pîvaz
potatoes = Kartol
bread = Nan
# review: not sure of this name or its usual form
thawed-bread = Nanê helandî
