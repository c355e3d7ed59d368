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
