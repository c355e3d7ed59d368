### Competences: her plan, her own rating, evidence, the mentor's signed marks and the
### certificate.
### # review: every line of this file should be read by a native speaker.

section-competence = هغه څه چې زه یې کولی شم
competence-mentor-title = وړتیاوې
competence-plan-empty = ستا لارښوده د پلان موخې غوره کوي.
competence-level-cant-yet = لا یې نه شم کولی
competence-level-with-help = له مرستې سره یې کولی شم
competence-level-on-my-own = زه یې پخپله کولی شم
competence-rate-question = ته څه کولی شې؟
competence-rated = مننه! ستا ځواب خوندي شو.
competence-mark-started = پیل شوی
competence-mark-completed = بشپړ شوی
competence-mark-checked = تایید شوی
competence-mark-none = لا نه دی نښه شوی
competence-mark-by = { $mark } – { $mentor }، { $date }
competence-evidence-diary-day = د یادښت ورځ
competence-evidence-photo = انځور
competence-evidence-voice-note = غږیز یادښت
competence-evidence-fridge-practice = د یخچال تمرین
competence-evidence-word-practice = د لغتونو تمرین
competence-summary-day = { $date }: { $tasks }
competence-summary-photo = انځور، { $date }
competence-summary-voice = غږیز یادښت، { $date }
competence-summary-fridge = { $game }: { $right } له { $total }، { $date }
competence-summary-words = { $count } لغتونه تمرین شول، { $right } سم، { $date }
competence-evidence = شواهد
competence-suggestions = وړاندیز شوي شواهد
competence-no-evidence = لا تر اوسه شواهد نشته.
competence-no-suggestions = اوس وړاندیز نشته. له یادښت، یخچال او لغتونو مناسب شیان دلته ښکاري.
competence-link = د شاهد په توګه یې ور زیات کړه
competence-unlink = له شواهدو یې لرې کړه
competence-plan-toggle = د { $name } په پلان کې
competence-sign = { $letter } لاسلیک کړه
competence-comment = تبصره
competence-history = تر اوسه نښې
competence-signature-valid = د لارښودې په خپله کیلي لاسلیک شوی
competence-signature-invalid = لاسلیک سم نه دی: کېدای شي دا نښه بدله شوې وي.
competence-needs-evidence = د K له لاسلیک مخکې شاهد ور زیات کړه.
competence-back-needs-comment = یو ګام شاته تګ داسې تبصرې ته اړتیا لري چې ولې.
competence-chart-title = د پلان موخې، میاشت په میاشت
competence-totals = له { $planned } موخو { $checked } تایید شوې
competence-official = د نصاب متن
competence-print-certificate = د وړتیا سند (PDF)
competence-certificate-saved = سند خوندي شو: { $path }
competence-group = ډله
competence-her-rating = د هغې خپله ارزونه
competence-open-aim = موخه پرانیزه
competence-chart-started = P پیل شوی
competence-chart-completed = F بشپړ شوی
competence-chart-checked = K تایید شوی
competence-chart-own = هغه یې پخپله کولی شي
certificate-title = د وړتیا سند
certificate-intro = { $name } دا وړتیاوې په { $cafe } کې د کار په روزنه کې ښودلې دي.
certificate-checked-on = په { $date } تایید شوی
certificate-evidence = شواهد: { $list }
certificate-evidence-item = { $kind } { $count }
certificate-signed = { $mentor } لاسلیک کړی، { $date }
certificate-key = هره موخه د لارښودې په کیلي { $key } ډیجیټل لاسلیک شوې.
certificate-none = لا تر اوسه هېڅ موخه نه ده تایید شوې.
certificate-file = kompetansebevis

## The monthly report to NAV (PDF in the working language, CSV).
# review: not yet read by a native speaker
report-title = NAV ته میاشتنی راپور – { $month }
# review: not yet read by a native speaker
report-made = په { $date } د { $mentor } لخوا جوړ شو، { $cafe }
# review: not yet read by a native speaker
report-col-trainee = زده کوونکې
# review: not yet read by a native speaker
report-col-days = ورځې
# review: not yet read by a native speaker
report-col-added = ور زیات شوي
# review: not yet read by a native speaker
report-col-word-practice = د لغتونو تمرین
# review: not yet read by a native speaker
report-col-fridge = یخچال
# review: not yet read by a native speaker
report-col-ratings = د ځان ارزونه
# review: not yet read by a native speaker
report-col-marks = نوې نښې
# review: not yet read by a native speaker
report-col-plan = پلان
# review: not yet read by a native speaker
report-added = { $photos } انځورونه، { $voice } غږیز یادښتونه، { $words } نوي لغتونه
# review: not yet read by a native speaker
report-practice = { $count } ({ $right } سم)
# review: not yet read by a native speaker
report-plan = { $checked } K له { $planned }
# review: not yet read by a native speaker
report-chart-days = پدې میاشت کې د یادښت ورځې
# review: not yet read by a native speaker
report-chart-plan = د میاشتې په پای کې پلان: K، F، P
# review: not yet read by a native speaker
report-aims-marked = پدې میاشت کې نښه شوې موخې
# review: not yet read by a native speaker
report-none = هېڅ
# review: not yet read by a native speaker
report-file = manedsrapport
# review: not yet read by a native speaker
competence-monthly-report = NAV ته میاشتنی راپور (PDF او CSV)
# review: not yet read by a native speaker
competence-report-month = میاشت
# review: not yet read by a native speaker
competence-report-saved = میاشتنی راپور خوندي شو: { $pdf } او { $csv }

## An aim she holds as a signed Open Badge.
# review: not yet read by a native speaker
competence-issue-badge = Open Badge (JSON او PNG)
# review: not yet read by a native speaker
competence-badge-saved = بیج خوندي او لاسلیک شو: { $json } او { $png }
# review: to be checked by a native speaker
competence-own-curriculum = د کافې خپلې موخې
# review: to be checked by a native speaker
competence-own-area = هغه څه چې دلته یې زده کوو
