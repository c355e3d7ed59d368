### The food catalogue's names in ps: one line per item of pack.json (assets/fridge).
### A line under "# review:" is a translation a native speaker should still check.

# review: not sure of this name or its usual form
raw-chicken = خام چرګ
# review: not sure of this name or its usual form
chicken-fillet = د چرګ فیله
minced-meat = قیمه
# review: not sure of this name or its usual form
raw-beef = د غوا خام غوښه
# review: not sure of this name or its usual form
raw-lamb = د پسه خام غوښه
# review: not sure of this name or its usual form
sausages = ساسیج
# review: not sure of this name or its usual form
bacon = بیکن
fresh-fish = تازه کب
# review: not sure of this name or its usual form
shrimps = جینګې
cooked-rice = پخې وریجې
soup = ښوروا
# review: not sure of this name or its usual form
stew = قورمه
# review: not sure of this name or its usual form
curry = کري
cooked-chicken = پوخ چرګ
cooked-pasta = پخه ماکاروني
boiled-potatoes = جوش شوي کچالو
cooked-lentils = پخه دال
boiled-eggs = جوش شوې هګۍ
falafel = فلافل
# review: not sure of this name or its usual form
stock = ښوروا اوبه
# review: not sure of this name or its usual form
tomato-sauce = د رومي ساس
# review: not sure of this name or its usual form
yoghurt-sauce = د مستو ساس
hummus = حمص
# review: not sure of this name or its usual form
salad-dressing = د سلاد ساس
opened-milk = پرانیستې شیدې
# review: not sure of this name or its usual form
cream = کریم
yoghurt = مستې
# review: not sure of this name or its usual form
sour-cream = تروې کریم
cheese = پنیر
butter = کوچ
eggs = هګۍ
cut-vegetables = ټوټه شوې سبزي
washed-salad = مینځل شوې سلاته
cut-fruit = ټوټه شوې مېوه
# review: not sure of this name or its usual form
fresh-herbs = تازه شینکي
sandwiches = سانډویچ
# review: not sure of this name or its usual form
wraps = رول شوې ډوډۍ
# review: not sure of this name or its usual form
cream-cake = کریمي کیک
# review: not sure of this name or its usual form
cupcakes = کوچنی کریمي کیک
# review: not sure of this name or its usual form
waffle-batter = د وافل خمیره
# review: not sure of this name or its usual form
pancake-batter = د پنکیک خمیره
# review: not sure of this name or its usual form
thawed-chicken = ویلې شوی چرګ
# review: not sure of this name or its usual form
thawed-fish = ویلې شوی کب
# review: not sure of this name or its usual form
thawed-mince = ویلې شوې قیمه
# review: not sure of this name or its usual form
opened-tomatoes = پرانیستي قطي رومي
# review: not sure of this name or its usual form
opened-coconut-milk = پرانیستې د نارګیل شیدې
# review: not sure of this name or its usual form
opened-chickpeas = پرانیستي قطي نخود
opened-juice = پرانیستی جوس
opened-jam = پرانیستی مربا
# review: not sure of this name or its usual form
frozen-peas = کنګل شوي مټر
ice-cream = آیس کریم
# review: not sure of this name or its usual form
frozen-berries = کنګل شوې توتې
frozen-fish = کنګل شوی کب
frozen-bread = کنګل شوې ډوډۍ
frozen-soup = کنګل شوې ښوروا
frozen-mince = کنګله شوې قیمه
frozen-chicken = کنګل شوی چرګ
flour = اوړه
uncooked-rice = اومې وریجې
dry-pasta = وچه ماکاروني
sugar = بوره
oil = غوړي
dry-lentils = وچه دال
# review: not sure of this name or its usual form
oats = اوربشې
spices = مصالحې
coffee = قهوه
honey = شات
# review: not sure of this name or its usual form
canned-tomatoes = نه پرانیستي قطي رومي
onions = پیاز
potatoes = کچالو
bread = ډوډۍ
# review: not sure of this name or its usual form
thawed-bread = ویلې شوې ډوډۍ
