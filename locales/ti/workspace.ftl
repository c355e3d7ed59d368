### The mentor's workspace: today at a glance, a trainee's recent work, suggestions,
### her data (export and erasure), charts, and managing the café.

# review: to be checked by a native speaker
workspace-today = ሎሚ
# review: to be checked by a native speaker
workspace-today-lead = ሎሚ መን የድልየኪ
# review: to be checked by a native speaker
workspace-calm = ኩሉ ጽቡቕ እዩ
# review: to be checked by a native speaker
workspace-review = ርአዪ
# review: to be checked by a native speaker
workspace-last-day = ናይ መወዳእታ መዓልቲ ኣብ መጽሓፋ: { $date }
# review: to be checked by a native speaker
workspace-no-day = ገና ኣብ መጽሓፋ መዓልቲ የለን
# review: to be checked by a native speaker
workspace-seen = ተራእዩ { $date }
# review: to be checked by a native speaker
workspace-never-seen = ገና ኣይተራእየን
# review: to be checked by a native speaker
new-days = ሓደሽቲ መዓልትታት: { $count }
# review: to be checked by a native speaker
new-photos = ሓደሽቲ ስእልታት: { $count }
# review: to be checked by a native speaker
new-voice-notes = ሓደሽቲ ድምጻዊ መዘኻኸሪ: { $count }
# review: to be checked by a native speaker
new-words = ሓደሽቲ ቃላት: { $count }
# review: to be checked by a native speaker
new-practice = መልስታት ልምምድ ቃላት: { $count }
# review: to be checked by a native speaker
new-fridge = ልምምድ ፍሪጅ: { $count }
# review: to be checked by a native speaker
new-ratings = ሓደሽቲ ርእሰ-ገምጋም: { $count }
# review: to be checked by a native speaker
attention-no-diary = { $days } መዓልትታት ብዘይ መዓልታዊ
# review: to be checked by a native speaker
attention-low-mood-hard = ከበድቲ መዓልትታት: { $days }
# review: to be checked by a native speaker
attention-low-mood-tired = ዝደኸሙ መዓልትታት: { $days }
# review: to be checked by a native speaker
attention-practice-failing = ልምምድ ቃላት: ካብ { $answers } መልስታት { $again } ጌጋ ኣብዚ ሰሙን
# review: to be checked by a native speaker
attention-fridge-failing = ልምምድ ፍሪጅ: { $rounds } ዙርያታት ካብ ፍርቂ ዝወሓደ ቅኑዕ
# review: to be checked by a native speaker
attention-waiting-for-mark = ምልክት ዝጽበዩ: { $aims } ዕላማታት
# review: to be checked by a native speaker
review-title = { $name } – ናይ ቀረባ መዓልትታት
# review: to be checked by a native speaker
review-days = መዓልትታት
# review: to be checked by a native speaker
review-mark-seen = ኩሉ ከም ዝተራእየ ምልክት ግበሪ
# review: to be checked by a native speaker
review-marked-seen = ከም ዝተራእየ ተመልኪቱ።
# review: to be checked by a native speaker
review-new = ሓድሽ
# review: to be checked by a native speaker
review-timeline = መዓልታዊኣ
# review: to be checked by a native speaker
review-no-days = ኣብዚ ግዜ ኣብ መጽሓፋ መዓልቲ የለን።
# review: to be checked by a native speaker
review-words = ቃላታ
# review: to be checked by a native speaker
review-words-known = { $count } ቃላት ትፈልጥ · { $streak } መዓልትታት ብተኸታታሊ · { $due } ዝጽበዩ
# review: to be checked by a native speaker
review-practice = ልምምድ ቃላት
# review: to be checked by a native speaker
review-practice-day = { $date }: ካብ { $answers } { $right } ቅኑዕ
# review: to be checked by a native speaker
review-no-practice = ኣብዚ ግዜ ልምምድ ቃላት የለን።
# review: to be checked by a native speaker
review-fridge = ልምምድ ፍሪጅ
# review: to be checked by a native speaker
review-no-fridge = ገና ዙርያ የለን።
# review: to be checked by a native speaker
review-competence-totals = { $planned } ዕላማታት ኣብ መደብ · P { $started } · F { $completed } · K { $checked }
# review: to be checked by a native speaker
review-keys = መጽሓፍ ፊደላት: J ን K ዝቕጽል ን ዝሓለፈ መዓልቲ · S ተራእዩ · C ርእይቶ · Esc ንድሕሪት
# review: to be checked by a native speaker
suggest-title = ቀጺሉ ዝለማመድ ሓሳብ ሃቢ
# review: to be checked by a native speaker
suggest-word = ሓደ ቃል
# review: to be checked by a native speaker
suggest-recipe = ኣገባብ ምድላው
# review: to be checked by a native speaker
suggest-send = ሓሳብ ሃቢ
# review: to be checked by a native speaker
suggest-done = ሓሳብ ተላኢኹ። ኣብ ቀዳማይ ገጻ ክትርእዮ እያ።
# review: to be checked by a native speaker
suggestions-for-you = ነዚ ተለማመዲ
# review: to be checked by a native speaker
suggestion-from = ካብ { $mentor }
# review: to be checked by a native speaker
privacy-title = ሓበሬታኣ
# review: to be checked by a native speaker
export-start = ብዛዕባኣ ዘሎ ኩሉ ኣውጽኢ (ZIP)
# review: to be checked by a native speaker
export-progress = ይዕቀብ ኣሎ … ካብ { $total } { $done }
# review: to be checked by a native speaker
export-done = ተዓቂቡ: { $path }
# review: to be checked by a native speaker
erase-start = ካብ ካፈ ደምስስያ
# review: to be checked by a native speaker
erase-explain = ብዛዕባ { $name } ዘሎ ኩሉ ኣብዚን ኣብ ኩሎም ዝተራኸቡ መሳርሒታት ኣብ ዝቕጽል ምትእስሳርን ይድምሰስ: መዓልታዊ፡ ስእልታት፡ ድምጻዊ መዘኻኸሪ፡ ቃላት፡ ልምምድን ምልክታትን። ክምለስ ኣይክእልን። ሓበሬታኣ እንተደልያ ቅድሚኡ ኣውጽኢ።
# review: to be checked by a native speaker
erase-confirm-label = ንምርግጋጽ ስማ ጽሓፊ
# review: to be checked by a native speaker
erase-confirm = ንሓዋሩ ደምስስ
# review: to be checked by a native speaker
erase-done = { $name } ተደምሲሳ፡ ምስ { $files } ስእልታትን ድምጻዊ ፋይላትን።
# review: to be checked by a native speaker
charts-title = ሰሌዳታት
# review: to be checked by a native speaker
charts-group = ኩላ ጉጅለ
# review: to be checked by a native speaker
chart-words-known = እትፈልጦም ቃላት
# review: to be checked by a native speaker
chart-words-known-group = ሰልጠንቲ ዝፈልጥዎም ቃላት
# review: to be checked by a native speaker
chart-practice-accuracy = ቅኑዓት መልስታት ኣብ ልምምድ ቃላት (%)
# review: to be checked by a native speaker
chart-diary-activity = መዓልትታት መዓልታዊ ኣብ ሰሙን
# review: to be checked by a native speaker
chart-fridge-temperatures = ሙቐት ፍሪጅ (°C)
# review: to be checked by a native speaker
chart-aims-by-status = ዕላማታት ብኩነታት
# review: to be checked by a native speaker
chart-no-data = ገና ቁጽሪ የለን።
# review: to be checked by a native speaker
chart-week-of = ሰሙን ካብ { $date }
# review: to be checked by a native speaker
manage-title = ሰልጠንትን ካፈን
# review: to be checked by a native speaker
manage-archive = ኣብ መዝገብ ኣቐምጢ
# review: to be checked by a native speaker
manage-archived = ኣብ መዝገብ ዘለዋ ሰልጠንቲ
# review: to be checked by a native speaker
manage-restore = መልሲ
# review: to be checked by a native speaker
manage-archived-note = ኣብ መዝገብ ዘለዋ ሰልጠንቲ ኣብ መንደቕ ወይ ኣብ ናይ ሎሚ ትሕዝቶ ኣይረኣያን። ሓበሬታአን ይዕቀብ።
# review: to be checked by a native speaker
settings-title = ምድላዋት ካፈ
# review: to be checked by a native speaker
settings-country = ሃገር (ሕግታት ፍሪጅ)
# review: to be checked by a native speaker
settings-languages = ካፈ ዘቕርቦም ቋንቋታት
# review: to be checked by a native speaker
settings-saved = ተዓቂቡ።
# review: to be checked by a native speaker
settings-save = ዓቅብ
# review: to be checked by a native speaker
import-photos = ብዙሓት ስእልታት ከም ሓደሽቲ ቃላት ኣእቱ
# review: to be checked by a native speaker
import-photos-progress = ስእልታት ይኣትዉ ኣለዉ … ካብ { $total } { $done }
# review: to be checked by a native speaker
import-photos-done = { $count } ሓደሽቲ ቃላት ምስ ስእሊ። ቃላት ኣብ ባንኪ ቃላት ጽሓፊ።
# review: to be checked by a native speaker
studio-tab-prompts = እቲ ኣፕ ዝብሎ
# review: to be checked by a native speaker
studio-tab-words = ቃላት
# review: to be checked by a native speaker
studio-words-progress = { $language }: ካብ { $total } ቃላት { $recorded } ተቐዲሖም
# review: to be checked by a native speaker
content-open = ትሕዝቶ ካፈ
# review: to be checked by a native speaker
content-title = ናይ ካፈ ናይ ባዕሉ ትሕዝቶ
# review: to be checked by a native speaker
content-lead = እቲ ካፈ ዝገብሮ ግን ኣብ Mestre ዘየለ ወስኺ፣ ዘይትጥቀሙሉ ድማ ሕብኢ። ድምጽታት ኣብ መቕድሒ ቅድሒ።
# review: to be checked by a native speaker
content-tab-tasks = ካርድታት ዕዮ
# review: to be checked by a native speaker
content-tab-foods = መግብታት
# review: to be checked by a native speaker
content-tab-aims = ናይ ባዕልና ዕላማታት
# review: to be checked by a native speaker
content-tasks-lead = እተን ኣብ «መዓልተይ» እትመርጸን ካርድታት። ዝተሓብአ ካርድ ካብ ምርጫታት ይጠፍእ፣ እተን ዝሓዛኦ መዓልታት ግን ይሕዛኦ።
# review: to be checked by a native speaker
content-task-add = ሓድሽ ካርድ ዕዮ
# review: to be checked by a native speaker
content-foods-lead = መግብታት ናይ ጸወታታት፣ ምልክታትን ዝርዝርን። ከመይ ከም ዝዕቀብ እዩ ቦታኡ፣ ክንደይ ዝሑል ክኸውን ከም ዘለዎን ክንደይ ከም ዝጸንሕን ዝውስን።
# review: to be checked by a native speaker
content-food-add = ሓድሽ መግቢ
# review: to be checked by a native speaker
content-aims-lead = እቲ ካፈ ብዘይካ ስርዓተ ትምህርቲ ዝምህሮ ዕላማታት። ኣብ መደባት ይኣትዋ፣ ይግምገማ፣ መረጋገጺ ይረኽባ፣ ከም ካልኦት ዕላማታት ድማ ይፍረማ።
# review: to be checked by a native speaker
content-aim-add = ሓድሽ ዕላማ
# review: to be checked by a native speaker
content-own = ናይ ካፈ ናይ ባዕሉ
# review: to be checked by a native speaker
content-hidden = ዝተሓብአ
# review: to be checked by a native speaker
content-edit = ኣመሓይሽ
# review: to be checked by a native speaker
content-hide = ሕብኢ
# review: to be checked by a native speaker
content-show = ደጊምካ ኣርኢ
# review: to be checked by a native speaker
content-save = ዓቅብ
# review: to be checked by a native speaker
content-cancel = ሰርዝ
# review: to be checked by a native speaker
content-saved = ተዓቂቡ።
# review: to be checked by a native speaker
content-name-work = እቲ ስም ብ{ $language }
# review: to be checked by a native speaker
content-in-language = ብ{ $language }
# review: to be checked by a native speaker
content-names-other = እቲ ስም ብቋንቋታት ሰልጠንቲ ዘንብብኦ
# review: to be checked by a native speaker
content-plains-other = እቲ መግለጺ ብቋንቋታት ሰልጠንቲ ዘንብብኦ
# review: to be checked by a native speaker
content-area = እቲ ዕዮ ኣበይ ከም ዝስራሕ
# review: to be checked by a native speaker
content-picture = ስእሊ
# review: to be checked by a native speaker
content-photo = ወይ ፎቶ
# review: to be checked by a native speaker
content-photo-chosen = እቲ ዝተመርጸ ፎቶ
# review: to be checked by a native speaker
content-photo-remove = ኣብ ክንዳኡ ስእሊ ተጠቐሚ
# review: to be checked by a native speaker
content-food-class = ከም እዚ ይዕቀብ
# review: to be checked by a native speaker
content-food-class-option = { $foods } ({ $zone }፣ { $days } መዓልቲ)
# review: to be checked by a native speaker
content-food-after = መዓልታት ካብዚ ይቑጸራ
# review: to be checked by a native speaker
content-food-allergens = ኣለርጂ ዘስዕቡ
# review: to be checked by a native speaker
content-aim-code = ኮድ
# review: to be checked by a native speaker
content-aim-title = ሓጺር ስም
# review: to be checked by a native speaker
content-aim-plain = ብቐሊል ዝተገልጸ
# review: to be checked by a native speaker
content-aim-official = ጽሑፍ ካብ ስርዓተ ትምህርቲ ወይ መግለጺ ስራሕ (ባዶ ክኸውን ይኽእል)
# review: to be checked by a native speaker
content-aim-tasks = ነቲ ዕላማ ዘርእያ ካርድታት ዕዮ
# review: to be checked by a native speaker
content-aim-fridge = ልምምድ ፍሪጅ ከም መረጋገጺ ይቑጸር
# review: to be checked by a native speaker
content-aim-words = ልምምድ ቃላት ከም መረጋገጺ ይቑጸር
# review: to be checked by a native speaker
content-aim-hidden = ነዚ ዕላማ ድሕሪ ሕጂ ኣይተቕርቢ (ዝሓዙዎ መደባት ይሕዝዎ)
# review: to be checked by a native speaker
content-none = ገና የለን።
# review: to be checked by a native speaker
studio-tab-content = ትሕዝቶ
# review: to be checked by a native speaker
studio-kind-task = ናይ ባዕልና ካርድታት ዕዮ
# review: to be checked by a native speaker
studio-kind-food = መግብታት
# review: to be checked by a native speaker
studio-kind-aim = ዕላማታት
# review: to be checked by a native speaker
studio-kind-aim-plain = ዕላማታት ብመግለጺ
# review: to be checked by a native speaker
studio-kind-recipe = ኣገባባት ኣሰራርሓ መግቢ
# review: to be checked by a native speaker
studio-kind-step = ስጉምትታት ኣሰራርሓ
# review: to be checked by a native speaker
studio-content-progress = { $language }: { $recorded } ካብ { $total } ተቐዲሑ
# review: to be checked by a native speaker
studio-content-none = ኣብዚ ገና ዋላ ሓንቲ የለን።
# review: to be checked by a native speaker
studio-write-label = ብ{ $language } ጽሓፍዮ
# review: to be checked by a native speaker
studio-write-save = ነቲ ጽሑፍ ዓቅብ
# review: to be checked by a native speaker
studio-text-saved = እቲ ጽሑፍ ተዓቂቡ።
# review: to be checked by a native speaker
studio-show-more = ካልኦት { $count } ኣርኢ ({ $left } ተሪፎም)
