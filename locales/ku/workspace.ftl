### The mentor's workspace: today at a glance, a trainee's recent work, suggestions,
### her data (export and erasure), charts, and managing the café.

# review: to be checked by a native speaker
workspace-today = Îro
# review: to be checked by a native speaker
workspace-today-lead = Îro kî hewcedarê te ye
# review: to be checked by a native speaker
workspace-calm = Her tişt baş e
# review: to be checked by a native speaker
workspace-review = Binêre
# review: to be checked by a native speaker
workspace-last-day = Roja dawî di pirtûka wê de: { $date }
# review: to be checked by a native speaker
workspace-no-day = Hîn roj di pirtûka wê de tune ye
# review: to be checked by a native speaker
workspace-seen = Hate dîtin { $date }
# review: to be checked by a native speaker
workspace-never-seen = Hîn nehatiye dîtin
# review: to be checked by a native speaker
new-days = Rojên nû: { $count }
# review: to be checked by a native speaker
new-photos = Wêneyên nû: { $count }
# review: to be checked by a native speaker
new-voice-notes = Notên dengî yên nû: { $count }
# review: to be checked by a native speaker
new-words = Peyvên nû: { $count }
# review: to be checked by a native speaker
new-practice = Bersivên perwerdeya peyvan: { $count }
# review: to be checked by a native speaker
new-fridge = Perwerdeyên sarincê: { $count }
# review: to be checked by a native speaker
new-ratings = Xwenirxandinên nû: { $count }
# review: to be checked by a native speaker
attention-no-diary = { $days } roj bê rojane
# review: to be checked by a native speaker
attention-low-mood-hard = Rojên dijwar: { $days }
# review: to be checked by a native speaker
attention-low-mood-tired = Rojên westiyayî: { $days }
# review: to be checked by a native speaker
attention-practice-failing = Perwerdeya peyvan: { $again } ji { $answers } bersivan xelet vê hefteyê
# review: to be checked by a native speaker
attention-fridge-failing = Perwerdeya sarincê: { $rounds } gerr bi kêmtir ji nîvê rast
# review: to be checked by a native speaker
attention-waiting-for-mark = Li benda nîşanê: { $aims } armanc
# review: to be checked by a native speaker
review-title = { $name } – rojên dawî
# review: to be checked by a native speaker
review-days = Roj
# review: to be checked by a native speaker
review-mark-seen = Hemûyan wek dîtî nîşan bide
# review: to be checked by a native speaker
review-marked-seen = Wek dîtî hate nîşankirin.
# review: to be checked by a native speaker
review-new = Nû
# review: to be checked by a native speaker
review-timeline = Rojaneya wê
# review: to be checked by a native speaker
review-no-days = Di vê demê de roj di pirtûka wê de tune.
# review: to be checked by a native speaker
review-words = Peyvên wê
# review: to be checked by a native speaker
review-words-known = { $count } peyv dizane · { $streak } roj li pey hev · { $due } li benda
# review: to be checked by a native speaker
review-practice = Perwerdeya peyvan
# review: to be checked by a native speaker
review-practice-day = { $date }: { $right } ji { $answers } rast
# review: to be checked by a native speaker
review-no-practice = Di vê demê de perwerdeya peyvan tune.
# review: to be checked by a native speaker
review-fridge = Perwerdeya sarincê
# review: to be checked by a native speaker
review-no-fridge = Hîn gerr tune.
# review: to be checked by a native speaker
review-competence-totals = { $planned } armanc di planê de · P { $started } · F { $completed } · K { $checked }
# review: to be checked by a native speaker
review-keys = Klavye: J û K roja din û ya berê · S wek dîtî · C şîrove · Esc paş
# review: to be checked by a native speaker
suggest-title = Pêşniyar bike ka çi perwerde bike
# review: to be checked by a native speaker
suggest-word = Peyvek
# review: to be checked by a native speaker
suggest-recipe = Reçeteyek
# review: to be checked by a native speaker
suggest-send = Pêşniyar bike
# review: to be checked by a native speaker
suggest-done = Hat pêşniyarkirin. Ew ê li rûpela xwe ya sereke bibîne.
# review: to be checked by a native speaker
suggestions-for-you = Vê perwerde bike
# review: to be checked by a native speaker
suggestion-from = Ji { $mentor }
# review: to be checked by a native speaker
privacy-title = Daneyên wê
# review: to be checked by a native speaker
export-start = Her tiştê der barê wê de derxe (ZIP)
# review: to be checked by a native speaker
export-progress = Tê tomarkirin … { $done } ji { $total }
# review: to be checked by a native speaker
export-done = Hate tomarkirin: { $path }
# review: to be checked by a native speaker
erase-start = Wê ji kafeyê jê bibe
# review: to be checked by a native speaker
erase-explain = Her tiştê der barê { $name } de li vir û li ser hemû amûrên girêdayî di hevdemkirina bê de tê jêbirin: rojane, wêne, notên dengî, peyv, perwerde û nîşan. Nayê vegerandin. Ger ew daneyên xwe dixwaze, pêşî derxe.
# review: to be checked by a native speaker
erase-confirm-label = Ji bo pejirandinê navê wê binivîse
# review: to be checked by a native speaker
erase-confirm = Her û her jê bibe
# review: to be checked by a native speaker
erase-done = { $name } hate jêbirin, bi { $files } wêne û pelên dengî.
# review: to be checked by a native speaker
charts-title = Grafîk
# review: to be checked by a native speaker
charts-group = Hemû kom
# review: to be checked by a native speaker
chart-words-known = Peyvên ku ew dizane
# review: to be checked by a native speaker
chart-words-known-group = Peyvên ku perwerdekar dizanin
# review: to be checked by a native speaker
chart-practice-accuracy = Bersivên rast di perwerdeya peyvan de (%)
# review: to be checked by a native speaker
chart-diary-activity = Rojên rojaneyê di hefteyê de
# review: to be checked by a native speaker
chart-fridge-temperatures = Germahiya sarincê (°C)
# review: to be checked by a native speaker
chart-aims-by-status = Armanc li gorî rewşê
# review: to be checked by a native speaker
chart-no-data = Hîn hejmar tune.
# review: to be checked by a native speaker
chart-week-of = Hefte ji { $date }
# review: to be checked by a native speaker
manage-title = Perwerdekar û kafe
# review: to be checked by a native speaker
manage-archive = Arşîv bike
# review: to be checked by a native speaker
manage-archived = Perwerdekarên arşîvkirî
# review: to be checked by a native speaker
manage-restore = Vegerîne
# review: to be checked by a native speaker
manage-archived-note = Perwerdekarên arşîvkirî li ser dîwar û di nêrîna îro de nayên nîşandan. Daneyên wan têne parastin.
# review: to be checked by a native speaker
settings-title = Mîhengên kafeyê
# review: to be checked by a native speaker
settings-country = Welat (rêzikên sarincê)
# review: to be checked by a native speaker
settings-languages = Zimanên ku kafe pêşkêş dike
# review: to be checked by a native speaker
settings-saved = Hate tomarkirin.
# review: to be checked by a native speaker
settings-save = Tomar bike
# review: to be checked by a native speaker
import-photos = Gelek wêne wek peyvên nû bîne
# review: to be checked by a native speaker
import-photos-progress = Wêne tên anîn … { $done } ji { $total }
# review: to be checked by a native speaker
import-photos-done = { $count } peyvên nû bi wêne. Peyvan di banka peyvan de binivîse.
# review: to be checked by a native speaker
studio-tab-prompts = Tiştê ku sepan dibêje
# review: to be checked by a native speaker
studio-tab-words = Peyv
# review: to be checked by a native speaker
studio-words-progress = { $language }: { $recorded } ji { $total } peyvan hatin tomarkirin
# review: to be checked by a native speaker
content-open = Naveroka kafeyê
# review: to be checked by a native speaker
content-title = Naveroka kafeyê ya xwe
# review: to be checked by a native speaker
content-lead = Tiştên ku kafe dike û di Mestre de tune ne lê zêde bike, û yên ku hûn bi kar naynin veşêre. Dengan di stûdyoyê de tomar bike.
# review: to be checked by a native speaker
content-tab-tasks = Kartên karan
# review: to be checked by a native speaker
content-tab-foods = Xwarin
# review: to be checked by a native speaker
content-tab-aims = Armancên xwe
# review: to be checked by a native speaker
content-tasks-lead = Kartên ku ew di «Roja min» de hildibijêre. Karta veşartî ji hilbijartinan diçe, lê rojên ku wê hene wê diparêzin.
# review: to be checked by a native speaker
content-task-add = Karta karê ya nû
# review: to be checked by a native speaker
content-foods-lead = Xwarinên lîstikan, etîketan û katalogê. Awayê parastinê diyar dike ku li ku dimîne, divê çiqas sar be û çiqas dom dike.
# review: to be checked by a native speaker
content-food-add = Xwarina nû
# review: to be checked by a native speaker
content-aims-lead = Armancên ku kafe ji bilî bernameyên fêrbûnê hîn dike. Ew wek her armanceke din dikevin planan, tên nirxandin, delîl digirin û tên îmzekirin.
# review: to be checked by a native speaker
content-aim-add = Armanca nû
# review: to be checked by a native speaker
content-own = Ya kafeyê bi xwe
# review: to be checked by a native speaker
content-hidden = Veşartî
# review: to be checked by a native speaker
content-edit = Biguherîne
# review: to be checked by a native speaker
content-hide = Veşêre
# review: to be checked by a native speaker
content-show = Dîsa nîşan bide
# review: to be checked by a native speaker
content-save = Tomar bike
# review: to be checked by a native speaker
content-cancel = Betal bike
# review: to be checked by a native speaker
content-saved = Hate tomarkirin.
# review: to be checked by a native speaker
content-name-work = Nav bi { $language }
# review: to be checked by a native speaker
content-in-language = Bi { $language }
# review: to be checked by a native speaker
content-names-other = Nav bi zimanên ku xwendekar dixwînin
# review: to be checked by a native speaker
content-plains-other = Şirove bi zimanên ku xwendekar dixwînin
# review: to be checked by a native speaker
content-area = Kar li ku tê kirin
# review: to be checked by a native speaker
content-picture = Wêne
# review: to be checked by a native speaker
content-photo = An wêneyek
# review: to be checked by a native speaker
content-photo-chosen = Wêneya hilbijartî
# review: to be checked by a native speaker
content-photo-remove = Li şûna wê wêneyekî bi kar bîne
# review: to be checked by a native speaker
content-food-class = Wek vê tê parastin
# review: to be checked by a native speaker
content-food-class-option = { $foods } ({ $zone }, { $days } roj)
# review: to be checked by a native speaker
content-food-after = Roj ji vê têne hejmartin
# review: to be checked by a native speaker
content-food-allergens = Alerjen
# review: to be checked by a native speaker
content-aim-code = Kod
# review: to be checked by a native speaker
content-aim-title = Navê kurt
# review: to be checked by a native speaker
content-aim-plain = Bi hêsanî
# review: to be checked by a native speaker
content-aim-official = Nivîs ji bernameya fêrbûnê an danasîna karî (dikare vala bimîne)
# review: to be checked by a native speaker
content-aim-tasks = Kartên karan ên ku armancê nîşan didin
# review: to be checked by a native speaker
content-aim-fridge = Rahênanên sarincê wek delîl têne hejmartin
# review: to be checked by a native speaker
content-aim-words = Rahênana peyvan wek delîl tê hejmartin
# review: to be checked by a native speaker
content-aim-hidden = Êdî vê armancê pêşkêş neke (planên ku wê hene wê diparêzin)
# review: to be checked by a native speaker
content-none = Hê tune ye.
# review: to be checked by a native speaker
studio-tab-content = Naverok
# review: to be checked by a native speaker
studio-kind-task = Kartên karan ên xwe
# review: to be checked by a native speaker
studio-kind-food = Xwarin
# review: to be checked by a native speaker
studio-kind-aim = Armanc
# review: to be checked by a native speaker
studio-kind-aim-plain = Şiroveya armancan
# review: to be checked by a native speaker
studio-kind-recipe = Reçete
# review: to be checked by a native speaker
studio-kind-step = Gavên reçeteyan
# review: to be checked by a native speaker
studio-content-progress = { $language }: { $recorded } ji { $total } hatine tomarkirin
# review: to be checked by a native speaker
studio-content-none = Li vir hê tiştek tune.
# review: to be checked by a native speaker
studio-write-label = Bi { $language } binivîse
# review: to be checked by a native speaker
studio-write-save = Nivîsê tomar bike
# review: to be checked by a native speaker
studio-text-saved = Nivîs hate tomarkirin.
# review: to be checked by a native speaker
studio-show-more = { $count } yên din nîşan bide ({ $left } man)
