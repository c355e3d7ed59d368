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
