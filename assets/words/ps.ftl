### The starter words in ps: one line per word of nb.ftl, same keys (see pack.json).
### A line under "# review:" is a translation a native speaker should still check.

kitchen-knife = چاړه
spoon = کاشوغه
# review: not sure of this word or its usual form
cutlery = کاشوغې او پنجې
plate = پشقاب
bowl = کاسه
pot = دېګ
# review: not sure of this word or its usual form
frying-pan = تاوه
teapot = چاینک
scissors = قېنچی
# review: not sure of this word or its usual form
jar = مرتبان
basket = ټوکرۍ
glass = ګیلاس
bread = ډوډۍ
egg = هګۍ
cheese = پنیر
butter = مسکه
milk = شیدې
salt = مالګه
carrot = گازره
potato = کچالو
onion = پیاز
garlic = هوږه
tomato = رومي بانجان
cucumber = بادرنګ
# review: not sure of this word or its usual form
bell-pepper = شيرين مرچ
lemon = لیمو
apple = مڼه
banana = کېله
rice = وریجې
fish = کب
meat = غوښه
chicken = چرګ
mushroom = مرخېړی
# review: not sure of this word or its usual form
strawberry = ځمکنی توت
orange = مالټه
pear = ناک
grapes = انګور
beans = لوبیا
# review: not sure of this word or its usual form
peanuts = مومپلي
corn = جوار
honey = شات
broccoli = بروکولي
# review: not sure of this word or its usual form
bacon = بیکن (د خنزیر غوښه)
water = اوبه
coffee = قهوه
tea = چای
soap = صابون
gloves = دستکشې
face-mask = ماسک
# review: not sure of this word or its usual form
hand-sanitizer = د لاسونو ضد عفوني
# review: not sure of this word or its usual form
chef-jacket = د پخلي کوټ
germs = میکروبونه
# review: not sure of this word or its usual form
plaster = د ټپ پټۍ
broom = جارو
bucket = سطل
sponge = سپنج
kitchen-roll = کاغذي دستمال
rubbish-bin = د کثافاتو سطل
# review: not sure of this word or its usual form
recycling = بیا کارونه
toilet = تشناب
clean = پاک
refrigerator = یخچال
frozen = کنګل شوی
ice = یخ
label = لیبل
date = نېټه
thermometer = ترمامیټر
# review: not sure of this word or its usual form
box = بکس
# review: not sure of this word or its usual form
tin = کنسرو
waffle = وافل
sandwich = سنډویچ
cake = کېک
biscuit = بسکټ
pizza = پیزا
salad = سلاد
receipt = رسید
bank-card = بانکي کارت
money = پیسې
chair = څوکۍ
customer = پېرودونکی
hello = سلام
work-schedule = د کار مهالوېش
clock = ساعت
key = کیلي
# review: not sure of this word or its usual form
cook = آشپزه
mentor = لارښوده
break = وقفه
sick = ناروغه
phone = ټیلیفون
handshake = لاس ورکول
name-badge = د نوم کارت
door = دروازه
fire-extinguisher = د اور وژنې آله
# review: not sure of this word or its usual form
avocado = اووکاډو
aubergine = تور بانجان
watermelon = هندوانه
pineapple = اناناس
cherries = ګیلاس
peach = شفتالو
kiwi = کیوي
coconut = ناریال
chili = تند مرچ
spinach = پالک
ginger = زنجبیل
# review: not sure of this word or its usual form
peas = مټر
# review: not sure of this word or its usual form
blueberries = شنه توت
melon = خټکی
mango = ام
# review: not sure of this word or its usual form
herbs = خوشبویه بوټي
shrimps = میګو
# review: not sure of this word or its usual form
sweet-potato = خوږه کچالو
# review: not sure of this word or its usual form
baguette = فرانسوي ډوډۍ
# review: not sure of this word or its usual form
wrap = رول
croissant = کروسان
pancakes = پنکیک
pasta = ماکاروني
hamburger = همبرګر
chips = ورېتې کچالو
# review: not sure of this word or its usual form
sausage = ساسېج
taco = تاکو
# review: not sure of this word or its usual form
doughnut = ډونټ
# review: not sure of this word or its usual form
layer-cake = د کریم کېک
# review: not sure of this word or its usual form
pie = پای
chocolate = چاکلیټ
sweets = خوږې
ice-cream = آیس کریم
# review: not sure of this word or its usual form
soft-ice = نرم آیس کریم
juice = د مېوو اوبه
# review: not sure of this word or its usual form
straw = نل
soup = ښوروا
stew = قورمه
curry = کري
falafel = فلافل
# review: not sure of this word or its usual form
lunch-box = د خوړو بکس
# review: not sure of this word or its usual form
takeaway-box = د بهر خوړو بکس
cupcake = کوچنی کېک
# review: not sure of this word or its usual form
pretzel = پرېټزل
# review: not sure of this word or its usual form
timer = د پخلنځي ساعت
stopwatch = په وخت
# review: not sure of this word or its usual form
shopping-trolley = د سودا ګاډی
# review: not sure of this word or its usual form
plug = پلګ
light-bulb = ګروپ
hot = ګرم
cold = سوړ
hand = لاس
foam = د صابون ځګ
vomiting = کانګې
# review: not sure of this word or its usual form
sneeze = پرنجی کول
medicine = ګولۍ
# review: not sure of this word or its usual form
hi-vis-vest = ځلېدونکې واسکټ
jacket = جاکټ
t-shirt = ټي شرټ
cap = خولۍ
shoes = بوټونه
ring = ګوته
wristwatch = لاسي ساعت
blood = وینه
shower = شاور
window = کړکۍ
mirror = هینداره
paper = کاغذ
batteries = بېټرۍ
drinking-water = د څښلو اوبه
not-drinking-water = د نه څښلو اوبه
danger = خطر
poison = زهرجن
chemicals = کیمیاوي توکي
do-not-use = مه کاروئ
locked = قلف
table-bell = زنګ
bag = کڅوړه
flower = ګل
notepad = کتابچه
pen = قلم
good = ښه
bus = بس
bicycle = بایسکل
home = کور
office = دفتر
school = ښوونځی
# review: not sure of this word or its usual form
checklist = د کتنې لست
form = فورمه
letter = لیک
computer = کمپیوټر
wages = معاش
colleague = همکاره
listen = اورېدل
question = پوښتنه
tired = ستړې
done = پای ته ورسېد
wrong = غلط
no-smoking = سګرټ څکول منع دي
ambulance = امبولانس
fire-brigade = اوروژنه
police = پولیس
smile = موسکا
order = فرمایش
wait = انتظار
bin-it = په کثافاتو کې یې واچوئ
candle = شمع
olive = زیتون
# review: not sure of this word or its usual form
oven = تنور
# review: not sure of this word or its usual form
stove = بټۍ
dishwasher = د لوښو مینځلو ماشین
microwave = مایکروویو
# review: not sure of this word or its usual form
cutting-board = د غوښې تخته
# review: not sure of this word or its usual form
whisk = لاسي ګډوونکی
# review: not sure of this word or its usual form
ladle = کفګیر
sieve = چاڼ
grater = رنده
# review: not sure of this word or its usual form
rolling-pin = وړنه
apron = پېشبند
# review: not sure of this word or its usual form
hairnet = د وېښتو جال
# review: not sure of this word or its usual form
mop = پوچه
freezer = فریزر
# review: not sure of this word or its usual form
kettle = برقي چاینک
# review: not sure of this word or its usual form
spray-bottle = سپری بوتل
# review: not sure of this word or its usual form
dishcloth = ټوکر
# review: not sure of this word or its usual form
tray = پتنوس
# review: not sure of this word or its usual form
dustpan = د خاورو لوښی
flour = اوړه
sugar = بوره
oil = غوړي
# review: not sure of this word or its usual form
cream = پیروی
yoghurt = مستې
jam = مربا
pepper = تور مرچ
cinnamon = دارچیني
# review: not sure of this word or its usual form
sink = د لوښو مینځلو ځای
vacuum-cleaner = برقي جارو
washing-machine = د کالیو مینځلو ماشین
# review: not sure of this word or its usual form
shelf = المارۍ
# review: not sure of this word or its usual form
food-container = سرپوښ لرونکی لوښی
# review: not sure of this word or its usual form
cling-film = پلاستیکي پوښ
dish-soap = د لوښو صابون
# review: not sure of this word or its usual form
tea-towel = د پخلنځي دستمال
steam = بخار
thanks = مننه
sorry = بښنه غواړم
can-i-help = ایا ستاسو مرسته کولی شم؟
here-you-are = مهرباني وکړئ
have-a-nice-day = ښه ورځ ولرئ
okay = سمه ده
bad = بد
well-done = شاباس!
sad = خپه
angry = په غوسه
worried = اندېښمنه
happy = خوشحاله
calm = ارامه
to-speak = خبرې کول
to-see = لیدل
to-write = لیکل
to-read = لوستل
to-think = فکر کول
quick = ژر
slow = ورو
confidentiality = د راز ساتلو دنده
important = مهم
forbidden = منع
day-off = د رخصتۍ ورځ
holiday = رخصتي
doctor = ډاکټر
hospital = روغتون
child = ماشوم
family = کورنۍ
boss = مشره
job = دنده
notice = خبرتیا
id-card = تذکره
lift = لفټ
train = اورګاډی
tram = ټرام
car = موټر
to-walk = پلی تلل
delivery-van = د سامان موټر
morning = سهار
evening = ماښام
night = شپه
# review: not sure of this word or its usual form
bagel = بیګل
naan = ډوډۍ
# review: not sure of this word or its usual form
burrito = بوریټو
popcorn = پاپ‌کارن
# review: not sure of this word or its usual form
caramel-pudding = کرېم کارامل
green-apple = شنه مڼه
lime = شنه لیمو
ladder = پوړۍ
# review: not sure of this word or its usual form
plunger = د تشناب پمپ
wheelchair = ویلچېر
baby-bottle = د ماشوم بوتل
sweat = خوله
red = سور
green = شین
blue = آبي
yellow = ژیړ
white = سپین
black = تور
orange-colour = نارنجي
brown = نصواري
purple = ارغواني
# review: a word added for the starter recipes
lentils = دال
# review: a word added for the starter recipes
chickpeas = نخود
# review: a word added for the starter recipes
yeast = خمیرمایه
# review: a word added for the starter recipes
oats = د اوربشو اوړه
# review: a word added for the starter recipes
minced-meat = قیمه
# review: a word added for the starter recipes
lamb = د پسه غوښه
# review: a word added for the starter recipes
cabbage = کرم
# review: a word added for the starter recipes
celery = کرفس
# review: a word added for the starter recipes
mustard = اوریې
# review: a word added for the starter recipes
sesame = کنځله
# review: a word added for the starter recipes
cumin = زیره
# review: a word added for the starter recipes
cardamom = هېل
# review: a word added for the starter recipes
stock = ښوروا
# review: a word added for the starter recipes
beetroot = لبلبو
# review: a word added for the starter recipes
sour-cream = تروې قیماق
