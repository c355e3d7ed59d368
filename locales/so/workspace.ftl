### The mentor's workspace: today at a glance, a trainee's recent work, suggestions,
### her data (export and erasure), charts, and managing the café.

# review: to be checked by a native speaker
workspace-today = Maanta
# review: to be checked by a native speaker
workspace-today-lead = Yaa maanta ku baahan
# review: to be checked by a native speaker
workspace-calm = Wax walba waa hagaag
# review: to be checked by a native speaker
workspace-review = Dib u eeg
# review: to be checked by a native speaker
workspace-last-day = Maalintii ugu dambeysay ee buuggeeda: { $date }
# review: to be checked by a native speaker
workspace-no-day = Weli maalin kuma jirto buuggeeda
# review: to be checked by a native speaker
workspace-seen = La arkay { $date }
# review: to be checked by a native speaker
workspace-never-seen = Weli lama arkin
# review: to be checked by a native speaker
new-days = Maalmo cusub: { $count }
# review: to be checked by a native speaker
new-photos = Sawirro cusub: { $count }
# review: to be checked by a native speaker
new-voice-notes = Codad cusub: { $count }
# review: to be checked by a native speaker
new-words = Erayo cusub: { $count }
# review: to be checked by a native speaker
new-practice = Jawaabaha layliga erayada: { $count }
# review: to be checked by a native speaker
new-fridge = Layliyada qaboojiyaha: { $count }
# review: to be checked by a native speaker
new-ratings = Qiimeyn cusub oo is-qiimeyn ah: { $count }
# review: to be checked by a native speaker
attention-no-diary = Buug maalmeed la'aan { $days } maalmood
# review: to be checked by a native speaker
attention-low-mood-hard = Maalmo adag: { $days }
# review: to be checked by a native speaker
attention-low-mood-tired = Maalmo daal: { $days }
# review: to be checked by a native speaker
attention-practice-failing = Layliga erayada: { $again } ka mid ah { $answers } jawaabood waa khalad toddobaadkan
# review: to be checked by a native speaker
attention-fridge-failing = Layliga qaboojiyaha: { $rounds } wareeg oo sax ah wax ka yar kala bar
# review: to be checked by a native speaker
attention-waiting-for-mark = Sugaya calaamad: { $aims } hadaf
# review: to be checked by a native speaker
review-title = { $name } – maalmihii u dambeeyay
# review: to be checked by a native speaker
review-days = Maalmo
# review: to be checked by a native speaker
review-mark-seen = Dhammaan u calaamadee la arkay
# review: to be checked by a native speaker
review-marked-seen = Waxaa loo calaamadeeyay la arkay.
# review: to be checked by a native speaker
review-new = Cusub
# review: to be checked by a native speaker
review-timeline = Buuggeeda maalmeed
# review: to be checked by a native speaker
review-no-days = Muddadan maalin kuma jirto buuggeeda.
# review: to be checked by a native speaker
review-words = Erayadeeda
# review: to be checked by a native speaker
review-words-known = Waxay taqaan { $count } eray · { $streak } maalmood oo isku xiga · { $due } sugaya
# review: to be checked by a native speaker
review-practice = Layliga erayada
# review: to be checked by a native speaker
review-practice-day = { $date }: { $right } ka mid ah { $answers } sax
# review: to be checked by a native speaker
review-no-practice = Muddadan layli eray ma jiro.
# review: to be checked by a native speaker
review-fridge = Layliga qaboojiyaha
# review: to be checked by a native speaker
review-no-fridge = Weli wareeg ma jiro.
# review: to be checked by a native speaker
review-competence-totals = { $planned } hadaf oo qorshaha ku jira · P { $started } · F { $completed } · K { $checked }
# review: to be checked by a native speaker
review-keys = Kiiboodhka: J iyo K maalinta xigta iyo tii hore · S la arkay · C faallo · Esc dib
# review: to be checked by a native speaker
suggest-title = Soo jeedi waxa ay ku tababarto
# review: to be checked by a native speaker
suggest-word = Eray
# review: to be checked by a native speaker
suggest-recipe = Cunto karis
# review: to be checked by a native speaker
suggest-send = Soo jeedi
# review: to be checked by a native speaker
suggest-done = Waa la soo jeediyay. Waxay ku arki doontaa boggeeda hore.
# review: to be checked by a native speaker
suggestions-for-you = Ku celceli tan
# review: to be checked by a native speaker
suggestion-from = Ka timid { $mentor }
# review: to be checked by a native speaker
privacy-title = Xogteeda
# review: to be checked by a native speaker
export-start = Dhoofi wax walba oo iyada ku saabsan (ZIP)
# review: to be checked by a native speaker
export-progress = Waa la kaydinayaa … { $done } ka mid ah { $total }
# review: to be checked by a native speaker
export-done = Waa la kaydiyay: { $path }
# review: to be checked by a native speaker
erase-start = Ka tirtir kafeega
# review: to be checked by a native speaker
erase-explain = Wax walba oo ku saabsan { $name } halkan iyo qalab kasta oo ku xiran ayaa lagu tirtirayaa isku-xidhka xiga: buugga maalmeedka, sawirrada, codadka, erayada, layliyada iyo calaamadaha. Dib looma celin karo. Marka hore dhoofi haddii ay rabto xogteeda.
# review: to be checked by a native speaker
erase-confirm-label = Qor magaceeda si aad u xaqiijiso
# review: to be checked by a native speaker
erase-confirm = Tirtir weligeed
# review: to be checked by a native speaker
erase-done = { $name } waa la tirtiray, iyo { $files } sawir iyo fayl cod ah.
# review: to be checked by a native speaker
charts-title = Jaantusyo
# review: to be checked by a native speaker
charts-group = Kooxda oo dhan
# review: to be checked by a native speaker
chart-words-known = Erayada ay taqaan
# review: to be checked by a native speaker
chart-words-known-group = Erayada ay tababartayaashu yaqaanaan
# review: to be checked by a native speaker
chart-practice-accuracy = Jawaabaha saxda ah ee layliga erayada (%)
# review: to be checked by a native speaker
chart-diary-activity = Maalmaha buugga toddobaadkiiba
# review: to be checked by a native speaker
chart-fridge-temperatures = Heerkulka qaboojiyaha (°C)
# review: to be checked by a native speaker
chart-aims-by-status = Hadafyada iyadoo loo eegayo xaaladda
# review: to be checked by a native speaker
chart-no-data = Weli tiro ma jirto.
# review: to be checked by a native speaker
chart-week-of = Toddobaadka laga bilaabo { $date }
# review: to be checked by a native speaker
manage-title = Tababartayaasha iyo kafeega
# review: to be checked by a native speaker
manage-archive = Kaydi
# review: to be checked by a native speaker
manage-archived = Tababartayaasha la kaydiyay
# review: to be checked by a native speaker
manage-restore = Soo celi
# review: to be checked by a native speaker
manage-archived-note = Tababartayaasha la kaydiyay kama muuqdaan darbiga ama dulmarka maanta. Xogtooda waa la hayaa.
# review: to be checked by a native speaker
settings-title = Dejinta kafeega
# review: to be checked by a native speaker
settings-country = Dalka (xeerarka qaboojiyaha)
# review: to be checked by a native speaker
settings-languages = Luqadaha kafeegu bixiyo
# review: to be checked by a native speaker
settings-saved = Waa la kaydiyay.
# review: to be checked by a native speaker
settings-save = Kaydi
# review: to be checked by a native speaker
import-photos = Soo geli sawirro badan oo ah erayo cusub
# review: to be checked by a native speaker
import-photos-progress = Sawirrada waa la soo gelinayaa … { $done } ka mid ah { $total }
# review: to be checked by a native speaker
import-photos-done = { $count } erayo cusub oo sawir leh. Ku qor erayada bangiga erayada.
# review: to be checked by a native speaker
studio-tab-prompts = Waxa barnaamijku leeyahay
# review: to be checked by a native speaker
studio-tab-words = Erayada
# review: to be checked by a native speaker
studio-words-progress = { $language }: { $recorded } ka mid ah { $total } eray ayaa la duubay
# review: to be checked by a native speaker
content-open = Waxyaabaha kafeega
# review: to be checked by a native speaker
content-title = Waxyaabaha kafeega u gaarka ah
# review: to be checked by a native speaker
content-lead = Ku dar waxa kafeegu sameeyo ee aan ku jirin Mestre, oo qari waxa aydaan isticmaalin. Codadka ku duub qaybta duubista.
# review: to be checked by a native speaker
content-tab-tasks = Kaararka hawlaha
# review: to be checked by a native speaker
content-tab-foods = Cuntooyinka
# review: to be checked by a native speaker
content-tab-aims = Yoolal gaar ah
# review: to be checked by a native speaker
content-tasks-lead = Kaararka ay ka doorato "Maalintayda". Kaar la qariyay kama muuqdo doorashada, laakiin maalmaha uu ku jiro way haystaan.
# review: to be checked by a native speaker
content-task-add = Kaar hawleed cusub
# review: to be checked by a native speaker
content-foods-lead = Cuntooyinka ciyaaraha, calaamadaha iyo liiska. Sida loo kaydiyo ayaa go'aamisa meesha uu yaallo, inta uu qabow yahay iyo inta uu socdo.
# review: to be checked by a native speaker
content-food-add = Cunto cusub
# review: to be checked by a native speaker
content-aims-lead = Yoolal kafeegu baro marka laga reebo manhajyada. Waxaa lagu daraa qorshayaasha, waa la qiimeeyaa, caddayn ayaa loo helaa waana la saxiixaa sida yool kasta.
# review: to be checked by a native speaker
content-aim-add = Yool cusub
# review: to be checked by a native speaker
content-own = Kafeega u gaar ah
# review: to be checked by a native speaker
content-hidden = La qariyay
# review: to be checked by a native speaker
content-edit = Wax ka beddel
# review: to be checked by a native speaker
content-hide = Qari
# review: to be checked by a native speaker
content-show = Mar kale tus
# review: to be checked by a native speaker
content-save = Kaydi
# review: to be checked by a native speaker
content-cancel = Jooji
# review: to be checked by a native speaker
content-saved = Waa la kaydiyay.
# review: to be checked by a native speaker
content-name-work = Magaca af { $language }
# review: to be checked by a native speaker
content-in-language = Af { $language }
# review: to be checked by a native speaker
content-names-other = Magaca luqadaha ay tababartayaashu akhriyaan
# review: to be checked by a native speaker
content-plains-other = Sharraxaadda luqadaha ay tababartayaashu akhriyaan
# review: to be checked by a native speaker
content-area = Halka hawsha laga qabto
# review: to be checked by a native speaker
content-picture = Sawir
# review: to be checked by a native speaker
content-photo = Ama sawir la qaaday
# review: to be checked by a native speaker
content-photo-chosen = Sawirka la doortay
# review: to be checked by a native speaker
content-photo-remove = Sawir kale isticmaal
# review: to be checked by a native speaker
content-food-class = Loo kaydiyaa sida
# review: to be checked by a native speaker
content-food-class-option = { $foods } ({ $zone }, { $days } maalmood)
# review: to be checked by a native speaker
content-food-after = Maalmaha waxaa laga tiriyaa
# review: to be checked by a native speaker
content-food-allergens = Xasaasiyadaha
# review: to be checked by a native speaker
content-aim-code = Koodh
# review: to be checked by a native speaker
content-aim-title = Magac gaaban
# review: to be checked by a native speaker
content-aim-plain = Si fudud loo sharxay
# review: to be checked by a native speaker
content-aim-official = Qoraal manhaj ama sharraxaad shaqo (waa la dhaafi karaa)
# review: to be checked by a native speaker
content-aim-tasks = Kaararka hawlaha ee muujiya yoolka
# review: to be checked by a native speaker
content-aim-fridge = Layliyada qaboojiyaha waa caddayn
# review: to be checked by a native speaker
content-aim-words = Layliyada erayada waa caddayn
# review: to be checked by a native speaker
content-aim-hidden = Yoolkan mar dambe ha bixin (qorshayaasha uu ku jiro way haystaan)
# review: to be checked by a native speaker
content-none = Weli ma jiraan.
# review: to be checked by a native speaker
studio-tab-content = Waxyaabaha
# review: to be checked by a native speaker
studio-kind-task = Kaararka hawlaha gaarka ah
# review: to be checked by a native speaker
studio-kind-food = Cuntooyinka
# review: to be checked by a native speaker
studio-kind-aim = Yoolalka
# review: to be checked by a native speaker
studio-kind-aim-plain = Yoolalka oo la sharxay
# review: to be checked by a native speaker
studio-kind-recipe = Cuntada habkeeda
# review: to be checked by a native speaker
studio-kind-step = Tallaabooyinka cuntada
# review: to be checked by a native speaker
studio-content-progress = { $language }: { $recorded } ka mid ah { $total } ayaa la duubay
# review: to be checked by a native speaker
studio-content-none = Halkan weli waxba ma jiraan.
# review: to be checked by a native speaker
studio-write-label = Ku qor af { $language }
# review: to be checked by a native speaker
studio-write-save = Kaydi qoraalka
# review: to be checked by a native speaker
studio-text-saved = Qoraalka waa la kaydiyay.
# review: to be checked by a native speaker
studio-show-more = Tus { $count } kale ({ $left } ayaa haray)
