### The starter words in ku: one line per word of nb.ftl, same keys (see pack.json).
### A line under "# review:" is a translation a native speaker should still check.

kitchen-knife = kêr
spoon = kevçî
# review: not sure of this word or its usual form
cutlery = kêr û çetel
# review: not sure of this word or its usual form
plate = firaq
bowl = kase
# review: not sure of this word or its usual form
pot = beroş
frying-pan = tawe
teapot = çaydank
scissors = meqes
# review: not sure of this word or its usual form
jar = şûşe
basket = selik
# review: not sure of this word or its usual form
glass = qedeh
bread = nan
egg = hêk
cheese = penîr
# review: not sure of this word or its usual form
butter = nivîşk
milk = şîr
salt = xwê
carrot = gêzer
potato = kartol
onion = pîvaz
garlic = sîr
# review: not sure of this word or its usual form
tomato = bacansor
cucumber = xiyar
# review: not sure of this word or its usual form
bell-pepper = îsota şîrîn
lemon = lîmon
apple = sêv
banana = mûz
rice = birinc
fish = masî
meat = goşt
chicken = mirîşk
mushroom = kivark
strawberry = tûfrengî
orange = pirteqal
pear = hirmî
grapes = tirî
beans = fasûlye
# review: not sure of this word or its usual form
peanuts = fistiqê erdê
corn = garis
honey = hingiv
broccoli = brokolî
# review: not sure of this word or its usual form
bacon = beykin (goştê beraz)
water = av
coffee = qehwe
tea = çay
soap = sabûn
# review: not sure of this word or its usual form
gloves = lepik
face-mask = maske
# review: not sure of this word or its usual form
hand-sanitizer = dezenfektana destan
# review: not sure of this word or its usual form
chef-jacket = çakêta aşpêj
germs = mîkrob
# review: not sure of this word or its usual form
plaster = plaster
# review: not sure of this word or its usual form
broom = gêzik
# review: not sure of this word or its usual form
bucket = sîtil
# review: not sure of this word or its usual form
sponge = îsfenc
# review: not sure of this word or its usual form
kitchen-roll = destmalên kaxezî
# review: not sure of this word or its usual form
rubbish-bin = sepeta zibilê
# review: not sure of this word or its usual form
recycling = vezîvirandin
toilet = tuwalet
clean = paqij
refrigerator = sarinc
frozen = qerisî
ice = qeşa
label = etîket
date = dîrok
thermometer = termometre
box = qutî
# review: not sure of this word or its usual form
tin = qutiya konserveyê
# review: not sure of this word or its usual form
waffle = wafl
sandwich = sandwîç
cake = kek
biscuit = biskuwît
pizza = pîzza
salad = selete
# review: not sure of this word or its usual form
receipt = fîş
bank-card = karta bankê
money = pere
chair = kursî
customer = kiryar
hello = silav
work-schedule = bernameya kar
clock = saet
key = mifte
cook = aşpêj
mentor = rêber
# review: not sure of this word or its usual form
break = bêhnvedan
sick = nexweş
phone = telefon
handshake = destdan
# review: not sure of this word or its usual form
name-badge = karta navê
door = derî
fire-extinguisher = agirkuj
avocado = avokado
aubergine = bacanê reş
watermelon = zebeş
pineapple = ananas
cherries = gêlas
peach = xox
kiwi = kîwî
# review: not sure of this word or its usual form
coconut = gwîza hindê
# review: not sure of this word or its usual form
chili = îsota tûj
# review: not sure of this word or its usual form
spinach = îspenax
ginger = zencefîl
# review: not sure of this word or its usual form
peas = polik
# review: not sure of this word or its usual form
blueberries = tûyên şîn
melon = petêx
mango = mango
# review: not sure of this word or its usual form
herbs = giyayên bêhnxweş
# review: not sure of this word or its usual form
shrimps = mîgo
# review: not sure of this word or its usual form
sweet-potato = kartola şîrîn
# review: not sure of this word or its usual form
baguette = nanê fransî
# review: not sure of this word or its usual form
wrap = dorim
croissant = kruvasan
# review: not sure of this word or its usual form
pancakes = pankek
pasta = makarona
hamburger = hamburger
chips = kartolên qelandî
sausage = sosîs
taco = tako
doughnut = donat
# review: not sure of this word or its usual form
layer-cake = keka bi kremê
# review: not sure of this word or its usual form
pie = pay
chocolate = çikolata
sweets = şîranî
ice-cream = bestenî
# review: not sure of this word or its usual form
soft-ice = bestenîya nerm
# review: not sure of this word or its usual form
juice = şerbet
# review: not sure of this word or its usual form
straw = qamîş
soup = şorbe
# review: not sure of this word or its usual form
stew = xwarina tencereyê
curry = karî
falafel = felafel
lunch-box = qutiya xwarinê
# review: not sure of this word or its usual form
takeaway-box = qutiya derve
cupcake = kekê biçûk
# review: not sure of this word or its usual form
pretzel = pretzel
# review: not sure of this word or its usual form
timer = saeta metbexê
stopwatch = di wextê xwe de
# review: not sure of this word or its usual form
shopping-trolley = erebeya kirînê
# review: not sure of this word or its usual form
plug = fîş
light-bulb = ampûl
hot = germ
cold = sar
hand = dest
foam = kefa sabûnê
vomiting = vereşîn
# review: not sure of this word or its usual form
sneeze = bêhnijîn
medicine = heb
# review: not sure of this word or its usual form
hi-vis-vest = jeleka ronahîdar
jacket = çaket
t-shirt = tîşort
cap = kum
shoes = pêlav
ring = gustîl
wristwatch = saeta destan
blood = xwîn
shower = serşok
window = pencere
mirror = neynik
paper = kaxez
batteries = pîl
drinking-water = ava vexwarinê
not-drinking-water = ne ava vexwarinê
danger = xeter
poison = jehrî
chemicals = kîmyewî
do-not-use = bi kar neyne
locked = girtî
table-bell = zengil
bag = çente
flower = kulîlk
notepad = deftera biçûk
pen = pênûs
good = baş
bus = otobês
bicycle = duçerxe
home = mal
office = ofîs
school = dibistan
# review: not sure of this word or its usual form
checklist = lîsteya kontrolê
form = form
letter = name
computer = komputer
wages = meaş
colleague = hevkar
listen = guhdan
question = pirs
tired = westiyayî
done = qediya
wrong = şaş
no-smoking = cixare kişandin qedexe ye
ambulance = ambulans
fire-brigade = agirkuj
police = polîs
smile = bişirîn
order = sîparîş
wait = li bendê man
bin-it = bavêje zibilê
candle = mûm
olive = zeytûn
oven = firin
stove = sobe
dishwasher = makîneya firaqan
# review: not sure of this word or its usual form
microwave = mîkropêl
# review: not sure of this word or its usual form
cutting-board = textê birînê
# review: not sure of this word or its usual form
whisk = lêxistok
ladle = kefgîr
sieve = parzûn
grater = rende
rolling-pin = tîrok
# review: not sure of this word or its usual form
apron = berdilk
# review: not sure of this word or its usual form
hairnet = tora porê
# review: not sure of this word or its usual form
mop = paqijker
# review: not sure of this word or its usual form
freezer = cemidank
# review: not sure of this word or its usual form
kettle = kelînê avê
# review: not sure of this word or its usual form
spray-bottle = spreya
# review: not sure of this word or its usual form
dishcloth = paçik
tray = sênî
# review: not sure of this word or its usual form
dustpan = hesk
flour = ard
sugar = şekir
oil = rûn
cream = qeymax
yoghurt = mast
jam = reçel
# review: not sure of this word or its usual form
pepper = îsota reş
cinnamon = darçîn
sink = lavabo
# review: not sure of this word or its usual form
vacuum-cleaner = sîvana elektrîkê
washing-machine = makîneya cilan
shelf = refik
food-container = qutiya bi qapax
# review: not sure of this word or its usual form
cling-film = naylona xwarinê
# review: not sure of this word or its usual form
dish-soap = şampuana firaqan
tea-towel = destmala metbexê
steam = buhar
thanks = spas
sorry = bibore
can-i-help = ez dikarim alîkariya te bikim?
here-you-are = fermo
have-a-nice-day = rojek xweş
okay = baş e
bad = xirab
well-done = aferîn!
sad = xemgîn
angry = hêrs
worried = bi fikar
happy = kêfxweş
calm = aram
to-speak = axaftin
to-see = dîtin
to-write = nivîsîn
to-read = xwendin
to-think = fikirîn
quick = zû
slow = hêdî
confidentiality = parastina razan
important = girîng
forbidden = qedexe
day-off = rojeke betlaneyê
holiday = betlane
doctor = bijîşk
hospital = nexweşxane
child = zarok
family = malbat
boss = rêvebir
job = kar
notice = agahî
id-card = nasnameya
lift = asansor
train = trên
# review: not sure of this word or its usual form
tram = tramway
car = erebe
to-walk = meşîn
delivery-van = erebeya barê
morning = sibeh
evening = êvar
night = şev
# review: not sure of this word or its usual form
bagel = bagel
naan = nanê tenûrê
# review: not sure of this word or its usual form
burrito = burrito
popcorn = popkorn
# review: not sure of this word or its usual form
caramel-pudding = pudînga karamelê
green-apple = sêva kesk
lime = lîmona kesk
ladder = pêpelûk
# review: not sure of this word or its usual form
plunger = pompa tuwaletê
wheelchair = kursiya bi teker
baby-bottle = şûşeya zarokan
sweat = xwêdan
red = sor
green = kesk
blue = şîn
yellow = zer
white = spî
black = reş
orange-colour = porteqalî
brown = qehweyî
purple = mor
# review: a word added for the starter recipes
lentils = nîsk
# review: a word added for the starter recipes
chickpeas = nok
# review: a word added for the starter recipes
yeast = hevîrtirşk
# review: a word added for the starter recipes
oats = ardê ceh
# review: a word added for the starter recipes
minced-meat = goştê hêrayî
# review: a word added for the starter recipes
lamb = goştê berx
# review: a word added for the starter recipes
cabbage = kelem
# review: a word added for the starter recipes
celery = kerefs
# review: a word added for the starter recipes
mustard = xerdel
# review: a word added for the starter recipes
sesame = kuncî
# review: a word added for the starter recipes
cumin = kemûn
# review: a word added for the starter recipes
cardamom = hêl
# review: a word added for the starter recipes
stock = av
# review: a word added for the starter recipes
beetroot = silq
# review: a word added for the starter recipes
sour-cream = qeymaxa tirş
