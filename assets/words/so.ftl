### The starter words in so: one line per word of nb.ftl, same keys (see pack.json).
### A line under "# review:" is a translation a native speaker should still check.

kitchen-knife = mindi
spoon = qaaddo
# review: not sure of this word or its usual form
cutlery = fargeeto iyo mindi
plate = saxan
# review: not sure of this word or its usual form
bowl = baaquli
pot = dheri
# review: not sure of this word or its usual form
frying-pan = digsi shiil
# review: not sure of this word or its usual form
teapot = jalamad shaah
scissors = maqas
# review: not sure of this word or its usual form
jar = weel
basket = dambiil
glass = koob
bread = rooti
egg = ukun
cheese = farmaajo
butter = subag
milk = caano
salt = cusbo
carrot = karooto
potato = baradho
onion = basal
garlic = toon
tomato = yaanyo
cucumber = qajaar
# review: not sure of this word or its usual form
bell-pepper = basbaas macaan
lemon = liin dhanaan
apple = tufaax
banana = muus
rice = bariis
fish = kalluun
meat = hilib
chicken = digaag
mushroom = boqoshaa
# review: not sure of this word or its usual form
strawberry = istaroberi
orange = liin macaan
# review: not sure of this word or its usual form
pear = tufaax-cambe
grapes = canab
beans = digir
peanuts = looska
corn = galley
honey = malab
# review: not sure of this word or its usual form
broccoli = borokoli
# review: not sure of this word or its usual form
bacon = hilib doofaar
water = biyo
coffee = qaxwo
tea = shaah
soap = saabuun
# review: not sure of this word or its usual form
gloves = galoofyo
face-mask = af-xir
# review: not sure of this word or its usual form
hand-sanitizer = nadiifiyaha gacmaha
# review: not sure of this word or its usual form
chef-jacket = koodhka kariyaha
germs = jeermis
# review: not sure of this word or its usual form
plaster = balastar
broom = xaaqin
bucket = baaldi
sponge = isbuunyo
# review: not sure of this word or its usual form
kitchen-roll = warqad tirtir
rubbish-bin = dambiisha qashinka
recycling = dib-u-warshadeyn
toilet = musqul
clean = nadiif
refrigerator = talaajad
# review: not sure of this word or its usual form
frozen = barafaysan
ice = baraf
# review: not sure of this word or its usual form
label = calaamad
date = taariikh
# review: not sure of this word or its usual form
thermometer = heer-kulbeeg
box = sanduuq
tin = qasacad
# review: not sure of this word or its usual form
waffle = wafal
sandwich = sandwij
cake = doolsho
biscuit = buskud
pizza = bizza
salad = saladh
receipt = rasiid
bank-card = kaarka bangiga
money = lacag
chair = kursi
customer = macmiil
hello = salaan
work-schedule = jadwalka shaqada
clock = saacad
key = fure
cook = kariye
mentor = hage
break = nasasho
sick = jiran
phone = taleefan
handshake = gacan-qaad
# review: not sure of this word or its usual form
name-badge = kaarka magaca
door = albaab
fire-extinguisher = dab-demiye
# review: not sure of this word or its usual form
avocado = afakaado
# review: not sure of this word or its usual form
aubergine = bocor
watermelon = qare
pineapple = cananaas
# review: not sure of this word or its usual form
cherries = jeeri
# review: not sure of this word or its usual form
peach = khukh
kiwi = kiwi
coconut = qumbe
chili = basbaas
# review: not sure of this word or its usual form
spinach = isbinaaj
ginger = sinjibiil
# review: not sure of this word or its usual form
peas = digir cagaar
# review: not sure of this word or its usual form
blueberries = miro buluug
# review: not sure of this word or its usual form
melon = qare macaan
mango = cambe
# review: not sure of this word or its usual form
herbs = geedo udgoon
# review: not sure of this word or its usual form
shrimps = aargoosto
sweet-potato = baradho macaan
baguette = rooti dheer
# review: not sure of this word or its usual form
wrap = duub
# review: not sure of this word or its usual form
croissant = karwasoon
pancakes = canjeero
pasta = baasto
hamburger = hambarger
chips = baradho shiilan
# review: not sure of this word or its usual form
sausage = sausage
# review: not sure of this word or its usual form
taco = taako
# review: not sure of this word or its usual form
doughnut = donat
# review: not sure of this word or its usual form
layer-cake = doolsho kareem leh
# review: not sure of this word or its usual form
pie = bur la buuxiyey
chocolate = shukulaato
sweets = macmacaan
ice-cream = jalaato
# review: not sure of this word or its usual form
soft-ice = jalaato jilicsan
juice = casiir
# review: not sure of this word or its usual form
straw = tuubo cabbitaan
soup = maraq
# review: not sure of this word or its usual form
stew = maraq hilib leh
# review: not sure of this word or its usual form
curry = kaari
falafel = falaafil
lunch-box = sanduuqa cuntada
# review: not sure of this word or its usual form
takeaway-box = sanduuq qaadasho
cupcake = keeg yar
# review: not sure of this word or its usual form
pretzel = pretsel
# review: not sure of this word or its usual form
timer = saacadda jikada
# review: not sure of this word or its usual form
stopwatch = waqtiga
# review: not sure of this word or its usual form
shopping-trolley = gaariga dukaanka
# review: not sure of this word or its usual form
plug = fiish
light-bulb = nal
hot = kulul
cold = qabow
hand = gacan
foam = xumbo
vomiting = matag
sneeze = hindhiso
medicine = kiniin
# review: not sure of this word or its usual form
hi-vis-vest = jaakad iftiin celisa
jacket = jaakad
t-shirt = funaanad
cap = koofiyad
shoes = kabo
ring = faraanti
wristwatch = saacad gacan
blood = dhiig
# review: not sure of this word or its usual form
shower = qubeys
window = daaqad
mirror = muraayad
paper = warqad
batteries = baytariyo
drinking-water = biyo la cabbi karo
not-drinking-water = biyo aan la cabbin
danger = khatar
poison = sun ah
chemicals = kiimikaad
do-not-use = ha isticmaalin
locked = xiran
# review: not sure of this word or its usual form
table-bell = dawan
bag = bac
flower = ubax
notepad = buug yar
pen = qalin
good = fiican
bus = bas
bicycle = baaskiil
home = guri
office = xafiis
school = dugsi
# review: not sure of this word or its usual form
checklist = liis hubin
form = foom
letter = warqad
computer = kombiyuutar
wages = mushaar
colleague = saaxiib shaqo
listen = dhageyso
question = su'aal
tired = daallan
done = dhammaad
wrong = khalad
no-smoking = sigaar cabbid mamnuuc
ambulance = ambalaas
fire-brigade = dab-demiska
police = booliska
smile = dhoolla caddeyn
order = dalab
wait = sug
bin-it = ku tuur qashinka
candle = shumac
olive = saytuun
oven = foorno
stove = shoolad
dishwasher = mashiinka weelka dhaqa
microwave = mikroweef
# review: not sure of this word or its usual form
cutting-board = looxa wax lagu jarjaro
# review: not sure of this word or its usual form
whisk = qalabka wax lagu garaaco
ladle = malqacad weyn
sieve = shaandho
# review: not sure of this word or its usual form
grater = qalabka wax lagu xoqo
# review: not sure of this word or its usual form
rolling-pin = usha cajiinka
# review: not sure of this word or its usual form
apron = dhardhar
hairnet = shabagga timaha
# review: not sure of this word or its usual form
mop = masaxa dhulka
# review: not sure of this word or its usual form
freezer = barafeeye
kettle = kildhi
spray-bottle = buufiye
dishcloth = maro nadiifin
tray = sixni
# review: not sure of this word or its usual form
dustpan = xaaqin-qaade
flour = bur
sugar = sonkor
oil = saliid
# review: not sure of this word or its usual form
cream = labeen
yoghurt = caano fadhi
# review: not sure of this word or its usual form
jam = macmacaan miro
pepper = basbaas madow
cinnamon = qorfe
# review: not sure of this word or its usual form
sink = saxan dhaqid
# review: not sure of this word or its usual form
vacuum-cleaner = nuuqa-nadiifiye
washing-machine = mashiinka dharka
# review: not sure of this word or its usual form
shelf = shelf
food-container = weel dabool leh
# review: not sure of this word or its usual form
cling-film = bac dhuuban
dish-soap = saabuunta weelka
tea-towel = tuwaal jikada
steam = uumi
thanks = mahadsanid
sorry = raali noqo
can-i-help = ma ku caawin karaa?
here-you-are = hoo ka qaado
have-a-nice-day = maalin wanaagsan
okay = hagaag
bad = xun
well-done = si fiican baad u shaqeysay!
sad = murugsan
angry = xanaaqsan
worried = walwalsan
happy = faraxsan
calm = deggan
to-speak = hadal
to-see = arag
to-write = qoris
to-read = akhris
to-think = fikir
quick = dhakhso
slow = tartiib
confidentiality = sir-ilaalin
important = muhiim
forbidden = mamnuuc
day-off = maalin fasax
holiday = fasax
doctor = dhakhtar
hospital = isbitaal
child = ilmo
family = qoys
boss = maamulaha
job = shaqo
notice = ogeysiis
id-card = kaarka aqoonsiga
lift = wiishka
train = tareen
# review: not sure of this word or its usual form
tram = taraam
car = gaari
to-walk = socod
delivery-van = gaariga alaabta
morning = subax
evening = fiid
night = habeen
# review: not sure of this word or its usual form
bagel = bagel
naan = rooti naan
# review: not sure of this word or its usual form
burrito = burrito
# review: not sure of this word or its usual form
popcorn = salool
# review: not sure of this word or its usual form
caramel-pudding = macmacaan karamel
green-apple = tufaax cagaar
lime = liin cagaar
ladder = jaranjaro
# review: not sure of this word or its usual form
plunger = qalabka musqusha
wheelchair = kursi curyaan
baby-bottle = dhalada ilmaha
sweat = dhidid
red = cas
green = cagaar
blue = buluug
yellow = jaalle
white = cad
black = madow
orange-colour = oranji
brown = bunni
# review: not sure of this word or its usual form
purple = guduud
# review: a word added for the starter recipes
lentils = misir
# review: a word added for the starter recipes
chickpeas = digir
# review: a word added for the starter recipes
yeast = khamiir
# review: a word added for the starter recipes
oats = hafar
# review: a word added for the starter recipes
minced-meat = hilib shiidan
# review: a word added for the starter recipes
lamb = hilib ido
# review: a word added for the starter recipes
cabbage = kaabash
# review: a word added for the starter recipes
celery = seleri
# review: a word added for the starter recipes
mustard = khardal
# review: a word added for the starter recipes
sesame = simsim
# review: a word added for the starter recipes
cumin = kamuun
# review: a word added for the starter recipes
cardamom = heyl
# review: a word added for the starter recipes
stock = maraq
# review: a word added for the starter recipes
beetroot = lows cas
# review: a word added for the starter recipes
sour-cream = kareem dhanaan
