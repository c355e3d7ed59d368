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
