### The food catalogue's names in so: one line per item of pack.json (assets/fridge).
### A line under "# review:" is a translation a native speaker should still check.

# review: not sure of this name or its usual form
raw-chicken = Digaag ceedhin ah
# review: not sure of this name or its usual form
chicken-fillet = Hilib digaag oo lafo la'aan ah
minced-meat = Hilib shiidan
# review: not sure of this name or its usual form
raw-beef = Hilib lo'aad ceedhin ah
# review: not sure of this name or its usual form
raw-lamb = Hilib wan ceedhin ah
# review: not sure of this name or its usual form
sausages = Sausage
# review: not sure of this name or its usual form
bacon = Hilib doofaar la qalajiyey (bacon)
fresh-fish = Kalluun cusub
# review: not sure of this name or its usual form
shrimps = Aargoosto yar (shrimp)
cooked-rice = Bariis karsan
soup = Maraq
# review: not sure of this name or its usual form
stew = Suugo hilib leh
curry = Kari
cooked-chicken = Digaag karsan
cooked-pasta = Baasto karsan
boiled-potatoes = Baradho la kariyey
cooked-lentils = Misir karsan
boiled-eggs = Ukun la kariyey
falafel = Falaafil
# review: not sure of this name or its usual form
stock = Maraq saafi ah
tomato-sauce = Suugo yaanyo
# review: not sure of this name or its usual form
yoghurt-sauce = Suugo caano fadhi
hummus = Xummus
# review: not sure of this name or its usual form
salad-dressing = Suugo saladh
opened-milk = Caano la furay
# review: not sure of this name or its usual form
cream = Kareem caano
yoghurt = Caano fadhi
# review: not sure of this name or its usual form
sour-cream = Kareem dhanaan
cheese = Farmaajo
butter = Subag
eggs = Ukun
cut-vegetables = Khudaar la jaray
washed-salad = Saladh la dhaqay
cut-fruit = Khudrad la jaray
# review: not sure of this name or its usual form
fresh-herbs = Geedo udgoon oo cusub
sandwiches = Sandwij
# review: not sure of this name or its usual form
wraps = Rooti duuban
# review: not sure of this name or its usual form
cream-cake = Keeg kareem leh
# review: not sure of this name or its usual form
cupcakes = Keeg yar oo kareem leh
# review: not sure of this name or its usual form
waffle-batter = Cajiinka waffle
# review: not sure of this name or its usual form
pancake-batter = Cajiinka canjeerada
# review: not sure of this name or its usual form
thawed-chicken = Digaag baraf ka dhalaalay
# review: not sure of this name or its usual form
thawed-fish = Kalluun baraf ka dhalaalay
# review: not sure of this name or its usual form
thawed-mince = Hilib shiidan baraf ka dhalaalay
# review: not sure of this name or its usual form
opened-tomatoes = Yaanyo qasacad la furay
# review: not sure of this name or its usual form
opened-coconut-milk = Caano qumbe la furay
# review: not sure of this name or its usual form
opened-chickpeas = Digir qasacad la furay
opened-juice = Casiir la furay
# review: not sure of this name or its usual form
opened-jam = Macmacaan la furay
# review: not sure of this name or its usual form
frozen-peas = Digir cagaar oo barafaysan
ice-cream = Jalaato
# review: not sure of this name or its usual form
frozen-berries = Miro yaryar oo barafaysan
frozen-fish = Kalluun barafaysan
frozen-bread = Rooti barafaysan
frozen-soup = Maraq barafaysan
frozen-mince = Hilib shiidan oo barafaysan
frozen-chicken = Digaag barafaysan
flour = Bur
uncooked-rice = Bariis aan la karin
dry-pasta = Baasto qalalan
sugar = Sonkor
oil = Saliid
dry-lentils = Misir qalalan
# review: not sure of this name or its usual form
oats = Heed (oats)
spices = Xawaash
coffee = Qaxwo
honey = Malab
# review: not sure of this name or its usual form
canned-tomatoes = Yaanyo qasacad aan la furin
onions = Basal
potatoes = Baradho
bread = Rooti
# review: not sure of this name or its usual form
thawed-bread = Rooti baraf ka dhalaalay
