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
