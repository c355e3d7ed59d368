### The starter recipes in Kurmanji; see pack.json. Every line is marked for a native speaker to check.

# review:
fiskesuppe = Şorbeya masî
# review:
fiskesuppe-1 = Gêzer, kartol û pîvazê biqeşêre. Wan perçe perçe biçûk bibire.
# review:
fiskesuppe-2 = Nivîşkê di beroşê de bihelîne. Ard têxe nav û tevbide.
# review:
fiskesuppe-3 = Av û şîrê hêdî hêdî lê zêde bike. Her dem tevbide.
# review:
fiskesuppe-4 = Sebzeyan têxe nav. 10 deqeyan bikelîne.
# review:
fiskesuppe-5 = Masî perçe perçe bibire. Masî, şîrîmp û qeymaxê têxe nav. Bila 5 deqeyan li ser agirê nizm bimîne.
# review:
fiskesuppe-6 = Bi xwê û îsotê tama wê rast bike. Giyayên bêhnxweş li ser bireşîne.
# review:
kjottkaker = Kufteyên goşt bi sosa qehweyî
# review:
kjottkaker-1 = Goştê hêrayî, xwê, îsot û hêkê di tasê de tevlihev bike.
# review:
kjottkaker-2 = Ardê ceh û şîrê lê zêde bike. Kufteyên girover çêke.
# review:
kjottkaker-3 = Kufteyan di nivîşk de her du aliyan bibirêje, nêzîkî 8 deqeyan.
# review:
kjottkaker-4 = Ard di nivîşk de sor bike. Av lê zêde bike da ku sosa nerm bibe.
# review:
kjottkaker-5 = Kufteyan têxe nav sosê. 15 deqeyan li ser agirê nizm bipêje.
# review:
vafler = Wafle
# review:
vafler-1 = Hêk û şekirê lêxe heta sivik bibin.
# review:
vafler-2 = Ard, şîr û hêlê lê zêde bike. Tevbide heta nerm bibe.
# review:
vafler-3 = Nivîşkê bihelîne û têxe nav hevîrê şil.
# review:
vafler-4 = Bila hevîr 15 deqeyan bisekine.
# review:
vafler-5 = Wafleyan di amûra wafleyê de bipêje, her yek nêzîkî 3 deqeyan.
# review:
skolebrod = Nanê dibistanê
# review:
skolebrod-1 = Nivîşkê bihelîne. Şîr lê zêde bike û germ bike.
# review:
skolebrod-2 = Hevîrtirşkê di şîr de bihelîne. Şekir, hêl û ard lê zêde bike.
# review:
skolebrod-3 = Hevîr baş bistrîne. Bila 30 deqeyan rabe.
# review:
skolebrod-4 = Hevîr bike 12 gilok. Di nîvê her yekê de çalekê çêke û bi kremaya vanîlyayê tije bike.
# review:
skolebrod-5 = Li 225 dereceyan 12 deqeyan bipêje.
# review:
skolebrod-6 = Şekirê hûr lê bide û gûzê hindê li ser bireşîne.
# review:
rundstykker = Nanên biçûk
# review:
rundstykker-1 = Hevîrtirşkê di ava şilêm de bihelîne.
# review:
rundstykker-2 = Xwê, rûn û ard lê zêde bike. Hevîr 10 deqeyan bistrîne.
# review:
rundstykker-3 = Bila hevîr di bin destmalê de 45 deqeyan rabe.
# review:
rundstykker-4 = 12 nanên girover çêke. Bila 30 deqeyên din rabin.
# review:
rundstykker-5 = Hêkê li wan bide û kuncî li ser bireşîne. Li 225 dereceyan 15 deqeyan bipêje.
# review:
havregrot = Şorbeya ardê ceh
# review:
havregrot-1 = Ardê ceh, av û xwê têxe beroşê.
# review:
havregrot-2 = Bikelîne. Carinan tevbide û 5 deqeyan bikelîne.
# review:
havregrot-3 = Bi şîr, darçîn û perçeyên sêvê pêşkêş bike.
# review:
pannekaker = Pankekên norwecî
# review:
pannekaker-1 = Ard û nîvê şîrê lêxe heta nerm bibe.
# review:
pannekaker-2 = Şîrê mayî, hêk û xwê lê zêde bike û lêxe.
# review:
pannekaker-3 = Bila hevîr 20 deqeyan bisekine.
# review:
pannekaker-4 = Pankekên zirav di nivîşk de li ser agirê navîn bibirêje.
# review:
eplekake = Keka sêvê
# review:
eplekake-1 = Nivîşk û şekirê lêxe heta spî bibin. Hêkan yek bi yek lê zêde bike.
# review:
eplekake-2 = Ard têxe nav û tevbide.
# review:
eplekake-3 = Sêvan biqeşêre û perçe bike.
# review:
eplekake-4 = Hevîr têxe qalibê. Sêvan têxe nav hevîr. Şekir û darçîn li ser bireşîne. Li 180 dereceyan 45 deqeyan bipêje.
# review:
shiro = Şîro
# review:
shiro-1 = Pîvaz û sîrê hûr bibire.
# review:
shiro-2 = Pîvazê di rûn de 10 deqeyan bibirêje, bêyî ku sor bibe.
# review:
shiro-3 = Sîr, firingî û îsota tûj lê zêde bike. Baş tevbide.
# review:
shiro-4 = Ardê nokan di avê de bihelîne. Têxe beroşê û her dem tevbide.
# review:
shiro-5 = 15 deqeyan li ser agirê nizm bipêje heta stûr û nerm bibe. Xwê lê bike.
# review:
misir-wot = Mîsir wot
# review:
misir-wot-1 = Nîskan bi ava sar bişo.
# review:
misir-wot-2 = Pîvaza hûrkirî di rûn de 8 deqeyan bibirêje.
# review:
misir-wot-3 = Sîr, zencefîl û îsota tûj lê zêde bike. Deqeyekê bibirêje.
# review:
misir-wot-4 = Nîsk û avê lê zêde bike. 25 deqeyan li ser agirê nizm bipêje. Carinan tevbide.
# review:
misir-wot-5 = Xwê lê bike. Bi nan pêşkêş bike.
# review:
sambusa = Sambûse
# review:
sambusa-1 = Goştê hêrayî bi pîvaz, sîr û kemûnê re 10 deqeyan bibirêje.
# review:
sambusa-2 = Giya, xwê û îsotê lê zêde bike. Bila tije sar bibe.
# review:
sambusa-3 = Ard, av û xwê tevlihev bike û hevîr çêke. Zirav vekişîne û bike şerît.
# review:
sambusa-4 = Şerîtan bike sêgoşe û tije bike.
# review:
sambusa-5 = Sambûseyan di rûnê germ de nêzîkî 4 deqeyan bibirêje heta zer bibin.
# review:
bariis = Birinca somalî bi goştê berx
# review:
bariis-1 = Goştê berx perçe perçe bibire. Pîvaz û sîrê hûr bike.
# review:
bariis-2 = Goşt di rûn de sor bike. Pîvaz û sîrê lê zêde bike û 15 deqeyan bibirêje.
# review:
bariis-3 = Firingî, kemûn, hêl û darçînê lê zêde bike.
# review:
bariis-4 = Birinca şûştî û avê lê zêde bike. Bi qapax li ser agirê nizm 20 deqeyan bipêje.
# review:
bariis-5 = Xwê lê bike. Bi perçeyek lîmonê pêşkêş bike.
# review:
shorbat-adas = Şorbeya nîskan
# review:
shorbat-adas-1 = Pîvaz, gêzer û sîrê hûr bike.
# review:
shorbat-adas-2 = Sebzeyan di rûn de 5 deqeyan bibirêje.
# review:
shorbat-adas-3 = Nîsk, kemûn û avê lê zêde bike. 25 deqeyan bikelîne.
# review:
shorbat-adas-4 = Şorbê bi mîkserê nerm bike.
# review:
shorbat-adas-5 = Bi xwê û lîmonê tama wê rast bike.
# review:
hummus = Hummus
# review:
hummus-1 = Ava nokan birijîne.
# review:
hummus-2 = Nok, rêşî, sîr, lîmon û xwê têxe tasê.
# review:
hummus-3 = Hemûyan nerm bike. Hinek ava sar lê zêde bike.
# review:
hummus-4 = Hummusê têxe firaqê. Rûn li ser birijîne.
# review:
mujaddara = Mucedere
# review:
mujaddara-1 = Nîskan 20 deqeyan di avê de bikelîne.
# review:
mujaddara-2 = Pîvaza perçekirî di rûn de li ser agirê navîn 20 deqeyan bibirêje heta qehweyî bibe.
# review:
mujaddara-3 = Birinc, kemûn û xwê têxe nav nîskan. Bi qapax 20 deqeyan bipêje.
# review:
mujaddara-4 = Pîvaza sorkirî li ser deyne. Bi mast pêşkêş bike.
# review:
shakshuka = Şekşûke
# review:
shakshuka-1 = Pîvaz û îsota şêrîn bike şerît.
# review:
shakshuka-2 = Di rûn de 8 deqeyan bibirêje.
# review:
shakshuka-3 = Sîr, kemûn û firingiyan lê zêde bike. 10 deqeyan li ser agirê nizm bipêje.
# review:
shakshuka-4 = Çar çalan çêke û di her yekê de hêkekê bişkîne. Qapax deyne û bila hêk 8 deqeyan bipêjin.
# review:
shakshuka-5 = Xwê, îsot û giya li ser bireşîne.
# review:
kabuli-palaw = Kabulî pilaw
# review:
kabuli-palaw-1 = Birincê bişo û 30 deqeyan di avê de bihêle.
# review:
kabuli-palaw-2 = Goştê berx û pîvazê di rûn de sor bike. Av lê zêde bike û saetekê bikelîne.
# review:
kabuli-palaw-3 = Gêzeran zirav bibire. Bi şekir bibirêje heta nerm bibin.
# review:
kabuli-palaw-4 = Birinc, kemûn, hêl û xwê têxe ava goşt.
# review:
kabuli-palaw-5 = Gêzeran li ser deyne. Bi qapax li ser agirê nizm 30 deqeyan bipêje.
# review:
bolani = Bolanî
# review:
bolani-1 = Ard, av, rûn û xwê tevlihev bike û hevîrê nerm çêke.
# review:
bolani-2 = Kartolan bikelîne heta nerm bibin, nêzîkî 20 deqeyan.
# review:
bolani-3 = Kartolan bi pîvaza hûrkirî, giya, îsota tûj û xwê re bipelixîne.
# review:
bolani-4 = Nanên girover vekişîne. Tije deyne ser nîvê û biqelîşe.
# review:
bolani-5 = Di rûn de bibirêje, her alî nêzîkî 3 deqeyan.
# review:
borsjtsj = Borş
# review:
borsjtsj-1 = Silq û gêzerê biqeşêre. Pîvazê hûr bike.
# review:
borsjtsj-2 = Goşt di avê de 40 deqeyan bikelîne.
# review:
borsjtsj-3 = Pîvaz, gêzer û silqê di rûn de 10 deqeyan bibirêje.
# review:
borsjtsj-4 = Sebze, kartolên perçekirî û kelemê têxe beroşê. 20 deqeyan bikelîne.
# review:
borsjtsj-5 = Bi xwê û sîrê tama wê rast bike. Bi qeymaxa tirş û giya pêşkêş bike.
# review:
deruny = Derûnî
# review:
deruny-1 = Kartol û pîvazê biqeşêre û bihêre.
# review:
deruny-2 = Avê di parzûnê de biguvêşe.
# review:
deruny-3 = Hêk, ard û xwê lê zêde bike û tevlihev bike.
# review:
deruny-4 = Kulîçeyên biçûk di rûn de bibirêje, her alî nêzîkî 4 deqeyan.
# review:
deruny-5 = Germ bi qeymaxa tirş pêşkêş bike.
