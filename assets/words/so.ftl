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
