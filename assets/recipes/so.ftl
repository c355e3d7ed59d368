### The starter recipes in Somali; see pack.json. Every line is marked for a native speaker to check.

# review:
fiskesuppe = Maraq kalluun
# review:
fiskesuppe-1 = Diir karootada, baradhada iyo basasha. U jar qaybo yaryar.
# review:
fiskesuppe-2 = Subagga ku dhalaali dheri. Ku walaaq burka.
# review:
fiskesuppe-3 = Ku shub maraqa iyo caanaha wax yar wax yar. Had iyo jeer walaaq.
# review:
fiskesuppe-4 = Ku dar khudaarta. Karkari 10 daqiiqo.
# review:
fiskesuppe-5 = Kalluunka u jar qaybo. Ku dar kalluunka, aargoosatada iyo kareemka. Dab yar ku kari 5 daqiiqo.
# review:
fiskesuppe-6 = Ku dhadhami cusbo iyo basbaas. Dusha ka saar caleemo udgoon.
# review:
kjottkaker = Kubbado hilib ah oo suugo bunni ah leh
# review:
kjottkaker-1 = Hilibka shiidan, cusbada, basbaaska iyo ukunta ku qas baaquli.
# review:
kjottkaker-2 = Ku dar hafarka iyo caanaha. Samee kubbado wareegsan.
# review:
kjottkaker-3 = Kubbadaha subag ku shiil labada dhinac, qiyaastii 8 daqiiqo.
# review:
kjottkaker-4 = Burka subag ku dubo. Ku dar maraq si suugo siman u samaysmo.
# review:
kjottkaker-5 = Kubbadaha suugada ku rid. Dab yar ku kari 15 daqiiqo.
# review:
vafler = Waffles
# review:
vafler-1 = Ukunta iyo sonkorta garaac ilaa ay fudud noqdaan.
# review:
vafler-2 = Ku dar burka, caanaha iyo heylka. Walaaq ilaa uu siman yahay.
# review:
vafler-3 = Subagga dhalaali oo ku walaaq cajiinka.
# review:
vafler-4 = Cajiinka daa 15 daqiiqo.
# review:
vafler-5 = Waffles-ka ku dub birta waffle-ka, mid kasta qiyaastii 3 daqiiqo.
# review:
skolebrod = Rooti dugsiyeed
# review:
skolebrod-1 = Subagga dhalaali. Ku dar caano oo kululee ilaa ay diirimaad yihiin.
# review:
skolebrod-2 = Khamiirka ku dar caanaha. Ku qas sonkorta, heylka iyo burka.
# review:
skolebrod-3 = Cajiinka si fiican u cajiin. Daa 30 daqiiqo si uu u kaco.
# review:
skolebrod-4 = Cajiinka u qaybi 12 kubbadood. Mid kasta dhexda god ka samee oo ku buuxi kareem faniila.
# review:
skolebrod-5 = Ku dub 225 darajo 12 daqiiqo.
# review:
skolebrod-6 = Ku mari sonkor budo ah oo dusha ka saar qumbe.
# review:
rundstykker = Rooti yaryar
# review:
rundstykker-1 = Khamiirka ku dar biyo diirran.
# review:
rundstykker-2 = Ku dar cusbo, saliid iyo bur. Cajiinka cajiin 10 daqiiqo.
# review:
rundstykker-3 = Cajiinka shukumaan hoostiisa ku daa 45 daqiiqo si uu u kaco.
# review:
rundstykker-4 = Samee 12 rooti oo wareegsan. Daa 30 daqiiqo kale.
# review:
rundstykker-5 = Ukun ku mari oo dusha ka saar simsim. Ku dub 225 darajo 15 daqiiqo.
# review:
havregrot = Boorash hafar
# review:
havregrot-1 = Hafarka, biyaha iyo cusbada dheri ku rid.
# review:
havregrot-2 = Karkari. Mararka qaar walaaq oo boorashka kari 5 daqiiqo.
# review:
havregrot-3 = Ku bixi caano, qorfe iyo tufaax la jarjaray.
# review:
pannekaker = Canjeero Norweeji ah
# review:
pannekaker-1 = Burka iyo kala badh caanaha garaac ilaa uu siman yahay.
# review:
pannekaker-2 = Ku dar caanaha intooda kale, ukunta iyo cusbada.
# review:
pannekaker-3 = Cajiinka daa 20 daqiiqo.
# review:
pannekaker-4 = Canjeero khafiif ah subag ku dub dab dhexdhexaad ah.
# review:
eplekake = Keeg tufaax
# review:
eplekake-1 = Subagga iyo sonkorta garaac ilaa ay cad noqdaan. Ukunta mid mid ugu dar.
# review:
eplekake-2 = Ku walaaq burka.
# review:
eplekake-3 = Tufaaxa diir oo u jar jeexjeex.
# review:
eplekake-4 = Cajiinka weel ku shub. Tufaaxa cajiinka ku riix. Dusha ka saar sonkor iyo qorfe. Ku dub 180 darajo 45 daqiiqo.
# review:
shiro = Shiro
# review:
shiro-1 = Basasha iyo toonta si yar u jar.
# review:
shiro-2 = Basasha saliid ku shiil 10 daqiiqo adigoon gubin.
# review:
shiro-3 = Ku dar toon, yaanyo iyo basbaas. Si fiican u walaaq.
# review:
shiro-4 = Burka digirta biyaha ku qas. Dheriga ku shub oo had iyo jeer walaaq.
# review:
shiro-5 = Dab yar ku kari 15 daqiiqo ilaa uu adkaado oo siman yahay. Cusbo ku dar.
# review:
misir-wot = Misir wot
# review:
misir-wot-1 = Misirka ku dhaq biyo qabow.
# review:
misir-wot-2 = Basal jarjaran saliid ku shiil 8 daqiiqo.
# review:
misir-wot-3 = Ku dar toon, sinjibiil iyo basbaas. Shiil hal daqiiqo.
# review:
misir-wot-4 = Ku dar misirka iyo biyaha. Dab yar ku kari 25 daqiiqo. Mararka qaar walaaq.
# review:
misir-wot-5 = Cusbo ku dar. Rooti la cun.
# review:
sambusa = Sambuusa
# review:
sambusa-1 = Hilibka shiidan ku shiil basal, toon iyo kamuun 10 daqiiqo.
# review:
sambusa-2 = Ku dar caleemo udgoon, cusbo iyo basbaas. Buuxinta daa ha qaboobato.
# review:
sambusa-3 = Bur, biyo iyo cusbo isku qas oo cajiin samee. Si khafiif ah u fidi oo u jar xargo.
# review:
sambusa-4 = Xargaha u laab saddex-geesood oo buuxi.
# review:
sambusa-5 = Sambuusada saliid kulul ku shiil qiyaastii 4 daqiiqo ilaa ay dahab noqoto.
# review:
bariis = Bariis iskukaris
# review:
bariis-1 = Hilibka idaha u jar qaybo. Basasha iyo toonta jar.
# review:
bariis-2 = Hilibka saliid ku shiil. Ku dar basasha iyo toonta oo shiil 15 daqiiqo.
# review:
bariis-3 = Ku dar yaanyo, kamuun, heyl iyo qorfe.
# review:
bariis-4 = Ku dar bariis la dhaqay iyo biyo. Dab yar ku kari, daboolka saaran, 20 daqiiqo.
# review:
bariis-5 = Cusbo ku dar. Ku bixi xabbad liin ah.
# review:
shorbat-adas = Maraq misir (shorbat adas)
# review:
shorbat-adas-1 = Jar basasha, karootada iyo toonta.
# review:
shorbat-adas-2 = Khudaarta saliid ku shiil 5 daqiiqo.
# review:
shorbat-adas-3 = Ku dar misir, kamuun iyo biyo. Karkari 25 daqiiqo.
# review:
shorbat-adas-4 = Maraqa ku shiid mashiinka ilaa uu siman yahay.
# review:
shorbat-adas-5 = Ku dhadhami cusbo iyo liin.
# review:
hummus = Xummus
# review:
hummus-1 = Biyaha ka shub digirta.
# review:
hummus-2 = Digirta, simsimka la shiiday, toonta, liinta iyo cusbada baaquli ku rid.
# review:
hummus-3 = Wax walba shiid ilaa ay siman yihiin. Ku dar biyo qabow oo yar.
# review:
hummus-4 = Xummuska saxan ku rid. Dusha saliid ka shub.
# review:
mujaddara = Mujaddara
# review:
mujaddara-1 = Misirka biyo ku karkari 20 daqiiqo.
# review:
mujaddara-2 = Basal la jarjaray saliid ku shiil dab dhexdhexaad ah 20 daqiiqo ilaa uu bunni noqdo.
# review:
mujaddara-3 = Misirka ku dar bariis, kamuun iyo cusbo. Daboolka saar oo kari 20 daqiiqo.
# review:
mujaddara-4 = Basasha bunniga ah dusha ka saar. Caano fadhi la cun.
# review:
shakshuka = Shakshuuka
# review:
shakshuka-1 = Basasha iyo basbaaska macaan u jar xargo.
# review:
shakshuka-2 = Saliid ku shiil 8 daqiiqo.
# review:
shakshuka-3 = Ku dar toon, kamuun iyo yaanyo. Dab yar ku kari 10 daqiiqo.
# review:
shakshuka-4 = Samee afar god oo mid kasta ukun ku jebi. Daboolka saar oo ukunta daa 8 daqiiqo ha adkaato.
# review:
shakshuka-5 = Dusha ka saar cusbo, basbaas iyo caleemo udgoon.
# review:
kabuli-palaw = Kabuli palaw
# review:
kabuli-palaw-1 = Bariiska dhaq oo biyo ku qoy 30 daqiiqo.
# review:
kabuli-palaw-2 = Hilibka idaha iyo basasha saliid ku shiil. Biyo ku dar oo karkari hal saac.
# review:
kabuli-palaw-3 = Karootada u jar xargo khafiif ah. Sonkor ku shiil ilaa ay jilcaan.
# review:
kabuli-palaw-4 = Maraqa hilibka ku dar bariis, kamuun, heyl iyo cusbo.
# review:
kabuli-palaw-5 = Karootada dusha ka saar. Dab yar ku kari, daboolka saaran, 30 daqiiqo.
# review:
bolani = Bolani
# review:
bolani-1 = Bur, biyo, saliid iyo cusbo isku qas oo cajiin jilicsan samee.
# review:
bolani-2 = Baradhada karkari ilaa ay jilcaan, qiyaastii 20 daqiiqo.
# review:
bolani-3 = Baradhada ku burburi basal jarjaran, caleemo udgoon, basbaas iyo cusbo.
# review:
bolani-4 = Cajiinka u fidi wareeg. Buuxinta kala badh saar oo laab.
# review:
bolani-5 = Saliid ku shiil, dhinac kasta qiyaastii 3 daqiiqo.
# review:
borsjtsj = Borsht
# review:
borsjtsj-1 = Xoq lowska cas iyo karootada. Jar basasha.
# review:
borsjtsj-2 = Hilibka biyo ku karkari 40 daqiiqo.
# review:
borsjtsj-3 = Basasha, karootada iyo lowska cas saliid ku shiil 10 daqiiqo.
# review:
borsjtsj-4 = Dheriga ku rid khudaarta, baradho la jarjaray iyo kaabash. Karkari 20 daqiiqo.
# review:
borsjtsj-5 = Ku dhadhami cusbo iyo toon. Ku bixi kareem dhanaan iyo caleemo udgoon.
# review:
deruny = Deruny
# review:
deruny-1 = Diir oo xoq baradhada iyo basasha.
# review:
deruny-2 = Biyaha kaga tuuji miire.
# review:
deruny-3 = Ku qas ukun, bur iyo cusbo.
# review:
deruny-4 = Kabab yaryar saliid ku shiil, dhinac kasta qiyaastii 4 daqiiqo.
# review:
deruny-5 = Kulayl ku bixi kareem dhanaan.
