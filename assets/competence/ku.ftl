### Curriculum texts in ku: the name of each curriculum and area, and each aim's short
### name and plain explanation (assets/competence/pack.json lists the aims).
### A line under "# review:" is a translation a native speaker should still check.

# review: plain-language wording not yet read by a native speaker
curriculum-rmf1-01 = Xwaringeh û xwarin (sala 1em)
# review: plain-language wording not yet read by a native speaker
curriculum-rh03-01 = Pîşeya paqijkirinê
# review: plain-language wording not yet read by a native speaker
curriculum-alk = Çanda jiyana kar
# review: plain-language wording not yet read by a native speaker
area-rmf1-01-raw-materials = Madeyên xav, hilberîn û kalîte
# review: plain-language wording not yet read by a native speaker
area-rmf1-01-working-life = Sektor û jiyana kar
# review: plain-language wording not yet read by a native speaker
area-rh03-01-planning = Plansazî
# review: plain-language wording not yet read by a native speaker
area-rh03-01-cleaning = Paqijkirin
# review: plain-language wording not yet read by a native speaker
area-rh03-01-trade = Naskirina pîşeyê
# review: plain-language wording not yet read by a native speaker
area-alk-culture = Çanda jiyana kar
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-1 = Paqijî
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-1-plain = Destên xwe bişo, û xwe, xwarinê û metbexê paqij bihêle wek ku rêzik dibêjin.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-2 = Amûr û makîne
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-2-plain = Amûr û makîneyan bi kar bîne, bi hev ve bike û bişo, da ku xwarin ewle be.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-3 = Tendurustî û ewlehî li kar
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-3-plain = Bi ewlehî kar bike, bi rêkûpêk hilgire û amûrên parastinê wek destkêşan li xwe bike.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-4 = Xwarina ewle
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-4-plain = Bizane çi xwarinê ewle dike: germahiya rast, dema mayînê û kontrola rojane.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-5 = Madeyên xav
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-5-plain = Binêre ka madeyên xav baş in, û wan bi rêkûpêk bi kar bîne.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-6 = Reçete
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-6-plain = Reçeteyê bixwîne, karê plan bike, xwarinê çêke û binêre ka baş bû.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-7 = Çanda xwarinê
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-7-plain = Xwarinên Norwêcê, çanda Samî û hemû cîhanê çêke.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-8 = Xwarin ji bo hemûyan
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-8-plain = Ji bo ol û hewcedariyên cuda xwarinê çêke, û şîretên xwarina tendurist bizane.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-9 = Pakkirin û etîketkirina xwarinê
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-9-plain = Xwarinê pak bike û etîketek bi nav û dîrokê binivîse, wek ku rêzik dibêjin.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-10 = Amadekirina kafeyê
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-10-plain = Kafeyê amade bike: refikê tijî bike, maseyan amade bike û paqij bike.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-11 = Alîkariya pêşîn
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-11-plain = Alîkariya kesê birîndar an nexweş bike heta ku alîkarî were.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-12 = Xizmet û hevkarî
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-12-plain = Bi mişterî û hevkaran re biaxive, û xizmetek baş bide.
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-13 = Aliyên jiyana kar
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-13-plain = Bizane kardêr, sendîka û dewlet çawa ji bo jiyana karê baştir bi hev re dixebitin.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-1 = Plansazî li gor nexşeyan
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-1-plain = Nexşeyek an ravekirinek bixwîne, û kar û dema wê plan bike.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-2 = Amûrên dîjîtal
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-2-plain = Bi tablet an kompîturê karê plan bike û hesab bike.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-3 = Plana paqijkirinê
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-3-plain = Binêre çi divê were paqijkirin, planek çêke û bêje te çi kiriye.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-4 = Rêbaza rast ji bo her rûyekî
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-4-plain = Rêya rast a paqijkirina banî, dîwar, erd û mobîlyayan hilbijêre.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-5 = Teserûfa dem û pereyan
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-5-plain = Rêbazên ku karê baş dikin bêyî ku tiştek winda bibe hilbijêre.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-6 = Amûrên ewle
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-6-plain = Amûrên ku ji bo laş baş in hilbijêre, xetereyan bibîne û amûrên parastinê li xwe bike.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-7 = Parastina rûyan
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-7-plain = Rûyan wisa paqij bike ku ode paqij û hewa baş be.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-8 = Bi baldarî xebitîn û tomarkirin
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-8-plain = Bi awayekî ku ji bo laşê te baş e bixebite, û karê bi dîjîtalî tomar bike.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-9 = Paqijkirina erd û rûyan
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-9-plain = Rûyên nerm, nîv-hişk û hişk li gor planê paqij bike, û binêre ku xweş bûye.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-10 = Kîmyewî û amûr
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-10-plain = Rave bike çima tu paqijkerek, amûrek û rêbazek hildibijêrî.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-11 = Cureyên qirêjê
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-11-plain = Binêre ka çi cure qirêj e, bi rêkûpêk paqij bike û encamê kontrol bike.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-12 = Makîne û parastina ji vegirtinê
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-12-plain = Makîneyên paqijkirinê bi kar bîne, ji bo rawestandina nexweşiyê paqij bike, û kompîtur û telefonê paqij bike.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-13 = Pîvandina hewaya hundir
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-13-plain = Amûrên pîvandinê bi kar bîne da ku kontrol bikî ka hewaya hundir baş e.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-14 = Paqijkirin piştî zirarê
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-14-plain = Piştî zirara avê, şewatê an zirarek din paqij bike.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-15 = Paqijkirina birêkûpêk
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-15-plain = Paqijkirina rojane, heftane û çend caran di salê de bike.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-16 = Bermahî û madeyên xeternak
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-16-plain = Bermahiyan cuda bike, û bi kîmyewiyên xeternak re wek rêzikan tevbigere.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-17 = Rêzikên ewlehiyê û xizmeta mişteriyan
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-17-plain = Rêzikên tendurist û ewlehiyê bişopîne, û bi mişteriyan re dilxweş û profesyonel be.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-18 = Rêzik û kalîte
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-18-plain = Rêzikên tendurist û ewlehiyê rave bike, û çawa kalîte tê parastin.
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-19 = Hevkarî li kar
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-19-plain = Biaxive ka çima hevkarî li cihê kar girîng e.
# review: plain-language wording not yet read by a native speaker
aim-alk-1 = Hêviyên li kar
# review: plain-language wording not yet read by a native speaker
aim-alk-1-plain = Bizane hevkar û serok çi ji te hêvî dikin, herwiha rêzikên nenivîsandî.
# review: plain-language wording not yet read by a native speaker
aim-alk-2 = Maf û erk
# review: plain-language wording not yet read by a native speaker
aim-alk-2-plain = Maf û erkên xwe wek karker li Norwêcê nas bike.
# review: plain-language wording not yet read by a native speaker
aim-alk-3 = Kar û malbat
# review: plain-language wording not yet read by a native speaker
aim-alk-3-plain = Rola xwe li kar bibîne, û hevsengiya di navbera kar û jiyana taybet de.
# review: plain-language wording not yet read by a native speaker
aim-alk-4 = Dîroka jiyana kar
# review: plain-language wording not yet read by a native speaker
aim-alk-4-plain = Li ser jiyana kar a Norwêcê berê û niha fêr bibe, û çima kar ji bo malbat û civakê girîng e.
