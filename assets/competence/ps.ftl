### Curriculum texts in ps: the name of each curriculum and area, and each aim's short
### name and plain explanation (assets/competence/pack.json lists the aims).
### A line under "# review:" is a translation a native speaker should still check.

# review: plain-language wording not yet read by a native speaker
curriculum-rmf1-01 = رستورانت او خواړه (لومړی کال)
# review: plain-language wording not yet read by a native speaker
curriculum-rh03-01 = د پاکولو مسلک
# review: plain-language wording not yet read by a native speaker
curriculum-alk = د کار کلتور
# review: plain-language wording not yet read by a native speaker
area-rmf1-01-raw-materials = خام توکي، تولید او کیفیت
# review: plain-language wording not yet read by a native speaker
area-rmf1-01-working-life = صنعت او کاري ژوند
# review: plain-language wording not yet read by a native speaker
area-rh03-01-planning = پلان جوړول
# review: plain-language wording not yet read by a native speaker
area-rh03-01-cleaning = پاکول
# review: plain-language wording not yet read by a native speaker
area-rh03-01-trade = د صنعت پېژندنه
# review: plain-language wording not yet read by a native speaker
area-alk-culture = د کار کلتور
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-1 = روغتیا ساتنه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-1-plain = لاسونه ومینځه، او ځان، خواړه او پخلنځی د قوانینو سره سم پاک وساته.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-2 = وسایل او ماشینونه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-2-plain = وسایل او ماشینونه وکاروه، یو ځای یې کړه او ومینځه، چې خواړه خوندي وي.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-3 = په کار کې روغتیا او خوندیتوب
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-3-plain = په خوندي ډول کار وکړه، شیان سم پورته کړه او د ساتنې وسایل لکه دستکشې واغونده.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-4 = خوندي خواړه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-4-plain = پوه شه چې خواړه څه خوندي ساتي: سمه تودوخه، د ساتلو موده او ورځنۍ څارنه.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-5 = خام توکي
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-5-plain = وګوره چې خام توکي ښه دي که نه، او سم یې وکاروه.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-6 = د پخلي لارښوونې
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-6-plain = د پخلي لارښوونه ولوله، کار پلان کړه، خواړه پاخه کړه او وګوره چې ښه شول.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-7 = د خوړو کلتور
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-7-plain = د ناروې، د سامي کلتور او د ټولې نړۍ خواړه پاخه کړه.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-8 = د ټولو لپاره خواړه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-8-plain = د بېلابېلو دینونو او اړتیاوو لپاره خواړه پاخه کړه، او د روغ خوراک مشورې وپېژنه.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-9 = د خوړو بسته بندي او لیبل
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-9-plain = خواړه بسته کړه او د قوانینو سره سم پرې د نوم او نېټې لیبل ولیکه.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-10 = د کافې چمتو کول
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-10-plain = کافه چمتو کړه: الماری ډکه کړه، مېزونه جوړ کړه او پاک یې کړه.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-11 = لومړنۍ مرسته
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-11-plain = له ټپي یا ناروغ سړي سره مرسته وکړه تر هغه چې مرسته راشي.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-12 = خدمت او همکاري
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-12-plain = له پېرودونکو او همکارانو سره خبرې وکړه، او ښه خدمت وکړه.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-13 = د کار بازار اړخونه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-13-plain = پوه شه چې کارګمارونکي، اتحادیې او دولت څنګه د ښه کار لپاره همکاري کوي.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-1 = د نقشې له مخې پلان
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-1-plain = نقشه یا تشریح ولوله، او کار او وخت یې پلان کړه.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-2 = ډیجیټل وسایل
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-2-plain = د ټابلیټ یا کمپیوټر په مرسته کار پلان او حساب کړه.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-3 = د پاکولو پلان
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-3-plain = وګوره څه باید پاک شي، پلان جوړ کړه او ووایه چې څه دې کړي دي.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-4 = د هرې سطحې لپاره سمه طریقه
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-4-plain = د چت، دېوالونو، فرش او فرنیچر د پاکولو سمه طریقه غوره کړه.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-5 = د وخت او پیسو سپمول
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-5-plain = داسې طریقې غوره کړه چې کار ښه وکړي او ضایع نه کړي.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-6 = خوندي وسایل
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-6-plain = داسې وسایل غوره کړه چې بدن ته ښه وي، خطرونه وګوره او د ساتنې وسایل واغونده.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-7 = د سطحو ساتنه
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-7-plain = سطحې داسې پاکې کړه چې کوټه پاکه او هوا ښه وي.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-8 = سم کار او ثبتول
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-8-plain = داسې کار وکړه چې بدن ته دې ښه وي، او کار په ډیجیټل ډول ثبت کړه.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-9 = د فرش او سطحو پاکول
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-9-plain = نرمې، نیمې سختې او سختې سطحې د پلان سره سم ومینځه او وګوره چې ښه شوې.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-10 = کیمیاوي توکي او وسایل
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-10-plain = تشریح کړه چې ولې یو پاکونکی، یوه وسیله او یوه طریقه غوره کوې.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-11 = د خیرو ډولونه
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-11-plain = وګوره چې څه ډول خیرې دي، سم یې پاکې کړه او پایله وګوره.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-12 = ماشینونه او د ناروغۍ مخنیوی
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-12-plain = د پاکولو ماشینونه وکاروه، د ناروغۍ د مخنیوي لپاره پاکول وکړه، او کمپیوټر او ټیلیفون پاک کړه.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-13 = د دننه هوا اندازه کول
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-13-plain = د اندازه کولو وسایل وکاروه چې وګورې دننه هوا ښه ده.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-14 = له زیان وروسته پاکول
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-14-plain = له اوبو، اور یا بل زیان وروسته پاکول وکړه.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-15 = منظم پاکول
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-15-plain = ورځنی، اونیز او په کال کې څو ځله پاکول ترسره کړه.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-16 = کثافات او خطرناک توکي
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-16-plain = کثافات جلا کړه، او له خطرناکو کیمیاوي توکو سره د قوانینو سره سم چلند وکړه.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-17 = د خوندیتوب قوانین او د پېرودونکو خدمت
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-17-plain = د روغتیا او خوندیتوب قوانین تعقیب کړه، او له پېرودونکو سره مهربانه او مسلکي اوسه.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-18 = قوانین او کیفیت
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-18-plain = د روغتیا او خوندیتوب قوانین تشریح کړه، او ووایه چې کیفیت څنګه ساتل کېږي.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-19 = په کار کې همکاري
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-19-plain = په دې اړه خبرې وکړه چې په کار ځای کې همکاري ولې مهمه ده.
# review: plain-language wording not yet read by a native speaker
aim-alk-1 = په کار کې تمې
# review: plain-language wording not yet read by a native speaker
aim-alk-1-plain = پوه شه چې همکاران او مشر له تا څه تمه لري، حتی نالیکلي قوانین.
# review: plain-language wording not yet read by a native speaker
aim-alk-2 = حقونه او دندې
# review: plain-language wording not yet read by a native speaker
aim-alk-2-plain = په ناروې کې د کارکوونکې په توګه خپل حقونه او دندې وپېژنه.
# review: plain-language wording not yet read by a native speaker
aim-alk-3 = کار او کورنۍ
# review: plain-language wording not yet read by a native speaker
aim-alk-3-plain = په کار کې خپل رول ومومه، او د کار او کورني ژوند ترمنځ توازن جوړ کړه.
# review: plain-language wording not yet read by a native speaker
aim-alk-4 = په ناروې کې د کار تاریخ
# review: plain-language wording not yet read by a native speaker
aim-alk-4-plain = د ناروې د کار ژوند په اړه پخوا او اوس زده کړه، او ولې کار کورنۍ او ټولنې ته مهم دی.
