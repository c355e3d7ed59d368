### The starter words in ti: one line per word of nb.ftl, same keys (see pack.json).
### A line under "# review:" is a translation a native speaker should still check.

kitchen-knife = ካራ
spoon = ማንካ
# review: not sure of this word or its usual form
cutlery = ፋርኬታን ካራን
plate = ሸሓኒ
# review: not sure of this word or its usual form
bowl = ሳሕኒ
pot = ድስቲ
# review: not sure of this word or its usual form
frying-pan = መጥበሲ
# review: not sure of this word or its usual form
teapot = ጀበና ሻሂ
scissors = መቐስ
# review: not sure of this word or its usual form
jar = ጥርሙዝ
basket = ዘንቢል
glass = ብርጭቆ
bread = ባኒ
egg = እንቋቑሖ
cheese = ፎርማጆ
# review: not sure of this word or its usual form
butter = ጠስሚ
milk = ጸባ
salt = ጨው
carrot = ካሮት
potato = ድንሽ
onion = ሽጉርቲ
garlic = ጻዕዳ ሽጉርቲ
tomato = ኮሚደረ
# review: not sure of this word or its usual form
cucumber = ኩኩምበር
# review: not sure of this word or its usual form
bell-pepper = ፔፐሮኒ
lemon = ለሚን
apple = ቱፋሕ
banana = ባናና
rice = ሩዝ
fish = ዓሳ
meat = ስጋ
chicken = ደርሆ
# review: not sure of this word or its usual form
mushroom = መሽሩም
# review: not sure of this word or its usual form
strawberry = ፍራውለ
orange = ኣራንሺ
# review: not sure of this word or its usual form
pear = ፔራ
grapes = ወይኒ
# review: not sure of this word or its usual form
beans = ፋጁል
# review: not sure of this word or its usual form
peanuts = ኦቾሎኒ
corn = ዕፉን
honey = መዓር
broccoli = ብሮኮሊ
# review: not sure of this word or its usual form
bacon = ቤኮን (ስጋ ሓሰማ)
water = ማይ
coffee = ቡን
tea = ሻሂ
soap = ሳሙና
gloves = ጓንቲ
face-mask = ማስክ
# review: not sure of this word or its usual form
hand-sanitizer = መጽረዪ ኢድ
# review: not sure of this word or its usual form
chef-jacket = ናይ ከሻኒ ጃኬት
# review: not sure of this word or its usual form
germs = ባክተርያ
# review: not sure of this word or its usual form
plaster = ፕላስተር
# review: not sure of this word or its usual form
broom = መጽረጊ
bucket = ባልዲ
sponge = ስፖንጅ
kitchen-roll = ሶፍት
# review: not sure of this word or its usual form
rubbish-bin = ናይ ጓሓፍ ባልዲ
# review: not sure of this word or its usual form
recycling = ምፍላይ ጓሓፍ
toilet = ሽቓቕ
clean = ጽሩይ
refrigerator = ፍሪጅ
# review: not sure of this word or its usual form
frozen = ዝረግአ
ice = በረድ
# review: not sure of this word or its usual form
label = ምልክት
date = ዕለት
thermometer = ቴርሞሜተር
box = ሳንዱቕ
# review: not sure of this word or its usual form
tin = ታኒካ
# review: not sure of this word or its usual form
waffle = ዋፍል
sandwich = ሳንድዊች
cake = ኬክ
biscuit = ብሽኮቲ
pizza = ፒዛ
salad = ሰላጣ
receipt = ቅብሊት
bank-card = ካርድ ባንኪ
money = ገንዘብ
chair = ኮፍ መበሊ
customer = ዓሚል
hello = ሰላም
# review: not sure of this word or its usual form
work-schedule = መደብ ስራሕ
clock = ሰዓት
key = መፍትሕ
cook = ከሻኒት
mentor = መምህር
break = ዕረፍቲ
sick = ሕምምቲ
phone = ተሌፎን
# review: not sure of this word or its usual form
handshake = ምሃብ ኢድ
# review: not sure of this word or its usual form
name-badge = ናይ ስም ካርድ
door = ማዕጾ
fire-extinguisher = መጥፍኢ ሓዊ
avocado = ኣቮካዶ
# review: not sure of this word or its usual form
aubergine = ኣባርጀን
watermelon = ሓብሓብ
pineapple = ኣናናስ
# review: not sure of this word or its usual form
cherries = ቸሪ
peach = ኮክ
kiwi = ኪዊ
coconut = ኮኮናት
chili = በርበረ
spinach = ሓምሊ
ginger = ጅንጅብል
peas = ኣተር
# review: not sure of this word or its usual form
blueberries = ብሉቤሪ
# review: not sure of this word or its usual form
melon = ሜሎን
mango = ማንጎ
# review: not sure of this word or its usual form
herbs = ቆጽለ ቆጽሊ
shrimps = ሽሪምፕ
# review: not sure of this word or its usual form
sweet-potato = ሽኮር ድንሽ
# review: not sure of this word or its usual form
baguette = ባጌት
# review: not sure of this word or its usual form
wrap = ራፕ
# review: not sure of this word or its usual form
croissant = ክሮሳን
pancakes = ፓንኬክ
pasta = ፓስታ
hamburger = ሃምበርገር
chips = ፍራይስ
# review: not sure of this word or its usual form
sausage = ሳልሲቻ
taco = ታኮ
doughnut = ዶናት
# review: not sure of this word or its usual form
layer-cake = ኬክ ምስ ክሬም
# review: not sure of this word or its usual form
pie = ፓይ
chocolate = ቸኮሌት
sweets = ከረሜላ
ice-cream = ጀላቶ
# review: not sure of this word or its usual form
soft-ice = ለስላሳ ጀላቶ
juice = ጽማቕ
# review: not sure of this word or its usual form
straw = ሻምቡቆ
soup = መረቕ
stew = ጸብሒ
curry = ካሪ
falafel = ፋላፈል
# review: not sure of this word or its usual form
lunch-box = ሳንዱቕ ምሳ
# review: not sure of this word or its usual form
takeaway-box = ሳንዱቕ መግቢ ንደገ
cupcake = ኩፕ ኬክ
# review: not sure of this word or its usual form
pretzel = ፕሬትዘል
# review: not sure of this word or its usual form
timer = ሰዓት ክሽነ
stopwatch = ብግዜኡ
# review: not sure of this word or its usual form
shopping-trolley = ዓረብያ ዕዳጋ
# review: not sure of this word or its usual form
plug = ሶኬት
light-bulb = ኣምፑል
hot = ውዑይ
cold = ዝሑል
hand = ኢድ
# review: not sure of this word or its usual form
foam = ዓፍራ ሳሙና
vomiting = ምትፋእ
# review: not sure of this word or its usual form
sneeze = ምህንጣስ
medicine = ከኒና
# review: not sure of this word or its usual form
hi-vis-vest = ጃኬት መብራህቲ
jacket = ጃኬት
t-shirt = ማልያ
cap = ቆብዕ
shoes = ጫማ
ring = ቀለቤት
wristwatch = ሰዓት ኢድ
blood = ደም
shower = ሻወር
window = መስኮት
mirror = መስትያት
paper = ወረቐት
batteries = ባትሪ
drinking-water = ማይ መስተ
# review: not sure of this word or its usual form
not-drinking-water = ዘይስተ ማይ
danger = ሓደጋ
poison = መርዛም
chemicals = ኬሚካላት
do-not-use = ኣይትጠቕሚ
locked = ዝተዓጽወ
table-bell = ደወል
bag = ሳንጣ
flower = ዕምባባ
notepad = ደብተር
pen = ብርዒ
good = ጽቡቕ
bus = ኣውቶቡስ
bicycle = ብሽክለታ
home = ገዛ
office = ቤት ጽሕፈት
school = ቤት ትምህርቲ
# review: not sure of this word or its usual form
checklist = ዝርዝር ምርግጋጽ
form = ቅጥዒ
letter = ደብዳቤ
computer = ኮምፒተር
wages = ደሞዝ
colleague = መሳርሕቲ
listen = ምስማዕ
question = ሕቶ
tired = ዝደኸመት
done = ተወዲኡ
wrong = ጌጋ
no-smoking = ምትካኽ ክልኩል
ambulance = ኣምቡላንስ
# review: not sure of this word or its usual form
fire-brigade = ሓለውቲ ሓዊ
police = ፖሊስ
smile = ፍሽኽታ
order = ትእዛዝ
wait = ምጽባይ
# review: not sure of this word or its usual form
bin-it = ኣብ ጓሓፍ ደርብዮ
candle = ሽምዓ
olive = ኣውሊዕ
# review: not sure of this word or its usual form
oven = መጋገሪ ፎርኖ
stove = ምድጃ
dishwasher = መሕጸቢ ኣቑሑ
microwave = ማይክሮዌቭ
# review: not sure of this word or its usual form
cutting-board = ሰሌዳ ምቑራጽ
# review: not sure of this word or its usual form
whisk = መሕወሲ
# review: not sure of this word or its usual form
ladle = ማንካ መረቕ
# review: not sure of this word or its usual form
sieve = መጻረዪ
# review: not sure of this word or its usual form
grater = መፈግፈጊ
# review: not sure of this word or its usual form
rolling-pin = መንከባለሊ ሊጥ
# review: not sure of this word or its usual form
apron = ሽፋን ክዳን
# review: not sure of this word or its usual form
hairnet = መርበብ ጸጉሪ
# review: not sure of this word or its usual form
mop = መጽረጊ መሬት
freezer = ፍሪዘር
# review: not sure of this word or its usual form
kettle = ማፍልሒ ማይ
spray-bottle = ስፕሬይ
# review: not sure of this word or its usual form
dishcloth = መጽረዪ ጨርቂ
# review: not sure of this word or its usual form
tray = ትሪ
# review: not sure of this word or its usual form
dustpan = መእከቢ ጓሓፍ
flour = ሓርጭ
sugar = ሽኮር
oil = ዘይቲ
cream = ክሬም
yoghurt = ርጎ
jam = ማርማላታ
# review: not sure of this word or its usual form
pepper = ጸሊም በርበረ
cinnamon = ቀረፋ
# review: not sure of this word or its usual form
sink = መሕጸቢ
# review: not sure of this word or its usual form
vacuum-cleaner = መጽረዪ ብኤሌክትሪክ
washing-machine = መሕጸቢ ክዳን
# review: not sure of this word or its usual form
shelf = መደርደሪያ
# review: not sure of this word or its usual form
food-container = ሳንዱቕ ምስ መኽደኒ
# review: not sure of this word or its usual form
cling-film = ፕላስቲክ መሸፈኒ
dish-soap = ሳሙና ኣቑሑ
# review: not sure of this word or its usual form
tea-towel = ሽጎማኖ ክሽነ
steam = ትኪ
thanks = የቐንየለይ
sorry = ይቕሬታ
# review: not sure of this word or its usual form
can-i-help = ክሕግዘኪ ይኽእል ድየ?
# review: not sure of this word or its usual form
here-you-are = እንካ/እንኪ
have-a-nice-day = ጽቡቕ መዓልቲ
okay = ሕራይ
bad = ሕማቕ
well-done = ጽቡቕ ሰሪሕኪ!
sad = ጉሂ
angry = ሓሪቓ
worried = ተሻቒላ
happy = ሕጉስቲ
calm = ህድእቲ
to-speak = ምዝራብ
to-see = ምርኣይ
to-write = ምጽሓፍ
to-read = ምንባብ
to-think = ምሕሳብ
quick = ቀልጢፍኪ
slow = ቀስ ኢልኪ
confidentiality = ግዴታ ምሕላው ምስጢር
important = ኣገዳሲ
forbidden = ክልኩል
day-off = መዓልቲ ዕረፍቲ
holiday = ዕረፍቲ
doctor = ሓኪም
hospital = ሆስፒታል
child = ቆልዓ
family = ስድራ
boss = ሓላፊት
job = ስራሕ
notice = ምልክታ
id-card = መንነት ወረቐት
lift = ሊፍት
train = ባቡር
tram = ትራም
car = መኪና
to-walk = ምኻድ ብእግሪ
delivery-van = መኪና ኣቕሓ
morning = ንግሆ
evening = ምሸት
night = ለይቲ
# review: not sure of this word or its usual form
bagel = ባገል
# review: not sure of this word or its usual form
naan = ባኒ ናን
# review: not sure of this word or its usual form
burrito = ቡሪቶ
popcorn = ፖፕኮርን
# review: not sure of this word or its usual form
caramel-pudding = ፑዲንግ
green-apple = ቀጠልያ ቱፋሕ
lime = ቀጠልያ ለሚን
ladder = መደየቢ
# review: not sure of this word or its usual form
plunger = መኽፈቲ ሽቓቕ
# review: not sure of this word or its usual form
wheelchair = ወንበር ሓንካስ
baby-bottle = ጥርሙዝ ህጻን
sweat = ርሃጽ
red = ቀይሕ
green = ቀጠልያ
blue = ሰማያዊ
yellow = ብጫ
white = ጻዕዳ
black = ጸሊም
orange-colour = ብርትኳናዊ
brown = ቡናዊ
purple = ሓምላይ
# review: a word added for the starter recipes
lentils = ብርስን
# review: a word added for the starter recipes
chickpeas = ዓተር
# review: a word added for the starter recipes
yeast = ላቪቶ
# review: a word added for the starter recipes
oats = ኣጃ
# review: a word added for the starter recipes
minced-meat = ዝተፈጨ ስጋ
# review: a word added for the starter recipes
lamb = ስጋ በጊዕ
# review: a word added for the starter recipes
cabbage = ካውሎ
# review: a word added for the starter recipes
celery = ሰለሪ
# review: a word added for the starter recipes
mustard = ሰናፍጭ
# review: a word added for the starter recipes
sesame = ሰሊጥ
# review: a word added for the starter recipes
cumin = ኩሙን
# review: a word added for the starter recipes
cardamom = ኮረሪማ
# review: a word added for the starter recipes
stock = መረቕ
# review: a word added for the starter recipes
beetroot = ቀይሕ ሱር
# review: a word added for the starter recipes
sour-cream = ጸባ ክሬም
