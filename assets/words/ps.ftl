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
