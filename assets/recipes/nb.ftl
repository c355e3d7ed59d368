### Startoppskriftene på norsk bokmål: tittel (nøkkelen) og hvert trinn (nøkkel-nummer), se pack.json.

fiskesuppe = Fiskesuppe
fiskesuppe-1 = Skrell gulrot, potet og løk. Skjær dem i små biter.
fiskesuppe-2 = Smelt smør i en kjele. Rør inn mel.
fiskesuppe-3 = Hell i kraft og melk litt om gangen. Rør hele tiden.
fiskesuppe-4 = Ha i grønnsakene. Kok i 10 minutter.
fiskesuppe-5 = Skjær fisken i biter. Ha i fisk, reker og fløte. La det trekke i 5 minutter.
fiskesuppe-6 = Smak til med salt og pepper. Strø over urter.

kjottkaker = Kjøttkaker i brun saus
kjottkaker-1 = Bland kjøttdeig, salt, pepper og egg i en bolle.
kjottkaker-2 = Rør inn havregryn og melk. Form runde kaker.
kjottkaker-3 = Stek kakene i smør på begge sider, ca. 8 minutter.
kjottkaker-4 = Brun mel i smør. Spe med kraft til en jevn saus.
kjottkaker-5 = Legg kakene i sausen. Småkok i 15 minutter.

vafler = Vafler
vafler-1 = Visp egg og sukker luftig.
vafler-2 = Rør inn mel, melk og kardemomme. Rør til en jevn røre.
vafler-3 = Smelt smøret og rør det inn i røren.
vafler-4 = La røren hvile i 15 minutter.
vafler-5 = Stek vaflene i vaffeljernet, ca. 3 minutter hver.

skolebrod = Skolebrød
skolebrod-1 = Smelt smøret. Hell i melk og gjør det fingervarmt.
skolebrod-2 = Rør gjær ut i melken. Bland inn sukker, kardemomme og mel.
skolebrod-3 = Elt deigen godt. La den heve i 30 minutter.
skolebrod-4 = Del deigen i 12 boller. Lag en grop i hver bolle og fyll med vaniljekrem.
skolebrod-5 = Stek bollene ved 225 grader i 12 minutter.
skolebrod-6 = Pensle med melis og strø over kokos.

rundstykker = Rundstykker
rundstykker-1 = Rør gjæren ut i lunkent vann.
rundstykker-2 = Bland inn salt, olje og mel. Elt deigen i 10 minutter.
rundstykker-3 = La deigen heve under et håndkle i 45 minutter.
rundstykker-4 = Form 12 runde rundstykker. La dem heve i 30 minutter til.
rundstykker-5 = Pensle med egg og strø over sesamfrø. Stek ved 225 grader i 15 minutter.

havregrot = Havregrøt
havregrot-1 = Ha havregryn, vann og salt i en kjele.
havregrot-2 = Kok opp. Rør av og til og la grøten koke i 5 minutter.
havregrot-3 = Server med melk, kanel og eple i biter.

pannekaker = Pannekaker
pannekaker-1 = Visp mel og halvparten av melken til en jevn røre.
pannekaker-2 = Visp inn resten av melken, egg og salt.
pannekaker-3 = La røren svelle i 20 minutter.
pannekaker-4 = Stek tynne pannekaker i smør på middels varme.

eplekake = Eplekake
eplekake-1 = Rør smør og sukker hvitt. Rør inn eggene ett om gangen.
eplekake-2 = Rør inn melet.
eplekake-3 = Skrell eplene og skjær dem i båter.
eplekake-4 = Ha røren i en form. Trykk eplene ned i røren. Strø over sukker og kanel. Stek ved 180 grader i 45 minutter.

shiro = Shiro
shiro-1 = Hakk løk og hvitløk fint.
shiro-2 = Stek løken i olje i 10 minutter uten å brune den.
shiro-3 = Ha i hvitløk, tomat og chili. Rør godt.
shiro-4 = Rør kikertmelet ut i vannet. Hell det i kjelen og rør hele tiden.
shiro-5 = Småkok i 15 minutter til det er tykt og glatt. Smak til med salt.

misir-wot = Misir wot
misir-wot-1 = Skyll linsene i kaldt vann.
misir-wot-2 = Stek hakket løk i olje i 8 minutter.
misir-wot-3 = Ha i hvitløk, ingefær og chili. Stek i ett minutt.
misir-wot-4 = Ha i linser og vann. Småkok i 25 minutter. Rør av og til.
misir-wot-5 = Smak til med salt. Server med brød.

sambusa = Sambusa
sambusa-1 = Stek kjøttdeig med løk, hvitløk og spisskummen i 10 minutter.
sambusa-2 = Bland inn urter, salt og pepper. La fyllet bli kaldt.
sambusa-3 = Bland mel, vann og salt til en deig. Kjevle tynne leiver og skjær dem i strimler.
sambusa-4 = Brett strimlene til trekanter og fyll dem.
sambusa-5 = Frityrstek sambusaene i varm olje i ca. 4 minutter, til de er gylne.

bariis = Bariis iskukaris
bariis-1 = Skjær lammekjøttet i biter. Hakk løk og hvitløk.
bariis-2 = Brun kjøttet i olje. Ha i løk og hvitløk og stek i 15 minutter.
bariis-3 = Ha i tomat, spisskummen, kardemomme og kanel.
bariis-4 = Ha i skylt ris og vann. Kok under lokk på svak varme i 20 minutter.
bariis-5 = Smak til med salt. Server med en skive sitron.

shorbat-adas = Linsesuppe (shorbat adas)
shorbat-adas-1 = Hakk løk, gulrot og hvitløk.
shorbat-adas-2 = Stek grønnsakene i olje i 5 minutter.
shorbat-adas-3 = Ha i linser, spisskummen og vann. Kok i 25 minutter.
shorbat-adas-4 = Kjør suppen glatt med en stavmikser.
shorbat-adas-5 = Smak til med salt og sitron.

hummus = Hummus
hummus-1 = Hell av vannet fra kikertene.
hummus-2 = Ha kikerter, sesampasta, hvitløk, sitron og salt i en bolle.
hummus-3 = Kjør alt glatt. Spe med litt kaldt vann.
hummus-4 = Legg hummusen på et fat. Hell over olje.

mujaddara = Mujaddara
mujaddara-1 = Kok linsene i vann i 20 minutter.
mujaddara-2 = Stek løk i skiver i olje på middels varme i 20 minutter, til den er brun.
mujaddara-3 = Ha ris, spisskummen og salt i linsene. Kok under lokk i 20 minutter.
mujaddara-4 = Legg den brune løken over. Server med yoghurt.

shakshuka = Shakshuka
shakshuka-1 = Skjær løk og paprika i strimler.
shakshuka-2 = Stek dem i olje i 8 minutter.
shakshuka-3 = Ha i hvitløk, spisskummen og tomater. Småkok i 10 minutter.
shakshuka-4 = Lag fire groper og knekk et egg i hver. Legg på lokk og la eggene stivne i 8 minutter.
shakshuka-5 = Strø over salt, pepper og urter.

kabuli-palaw = Kabuli palaw
kabuli-palaw-1 = Skyll risen og legg den i vann i 30 minutter.
kabuli-palaw-2 = Brun lammekjøtt og løk i olje. Ha i vann og kok i en time.
kabuli-palaw-3 = Skjær gulrøttene i tynne strimler. Stek dem med sukker til de er myke.
kabuli-palaw-4 = Ha ris, spisskummen, kardemomme og salt i kraften fra kjøttet.
kabuli-palaw-5 = Legg gulrøttene over. Damp under lokk på svak varme i 30 minutter.

bolani = Bolani
bolani-1 = Bland mel, vann, olje og salt til en myk deig.
bolani-2 = Kok potetene møre, ca. 20 minutter.
bolani-3 = Mos potetene med hakket løk, urter, chili og salt.
bolani-4 = Kjevle ut runde leiver. Legg fyll på halvparten og brett dem.
bolani-5 = Stek i olje, ca. 3 minutter på hver side.

borsjtsj = Borsjtsj
borsjtsj-1 = Riv rødbetene og gulroten. Hakk løken.
borsjtsj-2 = Kok kjøttet i vann i 40 minutter.
borsjtsj-3 = Stek løk, gulrot og rødbete i olje i 10 minutter.
borsjtsj-4 = Ha grønnsakene, potet i terninger og kål i kjelen. Kok i 20 minutter.
borsjtsj-5 = Smak til med salt og hvitløk. Server med rømme og urter.

deruny = Deruny
deruny-1 = Skrell og riv potetene og løken.
deruny-2 = Press ut vannet i en sil.
deruny-3 = Bland inn egg, mel og salt.
deruny-4 = Stek små kaker i olje, ca. 4 minutter på hver side.
deruny-5 = Server varme med rømme.
