### The mentor's workspace: today at a glance, a trainee's recent work, suggestions,
### her data (export and erasure), charts, and managing the café.

# review: to be checked by a native speaker
workspace-today = Сьогодні
# review: to be checked by a native speaker
workspace-today-lead = Кому ви потрібні сьогодні
# review: to be checked by a native speaker
workspace-calm = Усе гаразд
# review: to be checked by a native speaker
workspace-review = Переглянути
# review: to be checked by a native speaker
workspace-last-day = Останній день у її книжці: { $date }
# review: to be checked by a native speaker
workspace-no-day = У її книжці ще немає днів
# review: to be checked by a native speaker
workspace-seen = Переглянуто { $date }
# review: to be checked by a native speaker
workspace-never-seen = Ще не переглянуто
# review: to be checked by a native speaker
new-days = Нові дні: { $count }
# review: to be checked by a native speaker
new-photos = Нові фото: { $count }
# review: to be checked by a native speaker
new-voice-notes = Нові голосові нотатки: { $count }
# review: to be checked by a native speaker
new-words = Нові слова: { $count }
# review: to be checked by a native speaker
new-practice = Відповіді у вправах зі словами: { $count }
# review: to be checked by a native speaker
new-fridge = Вправи з холодильником: { $count }
# review: to be checked by a native speaker
new-ratings = Нові самооцінки: { $count }
# review: to be checked by a native speaker
attention-no-diary = Без щоденника { $days } днів
# review: to be checked by a native speaker
attention-low-mood-hard = Важкі дні: { $days }
# review: to be checked by a native speaker
attention-low-mood-tired = Втомлені дні: { $days }
# review: to be checked by a native speaker
attention-practice-failing = Вправи зі словами: { $again } з { $answers } відповідей неправильні цього тижня
# review: to be checked by a native speaker
attention-fridge-failing = Вправи з холодильником: { $rounds } раунди, де правильно менше половини
# review: to be checked by a native speaker
attention-waiting-for-mark = Чекають на позначку: { $aims } цілі
# review: to be checked by a native speaker
review-title = { $name } – останні дні
# review: to be checked by a native speaker
review-days = Дні
# review: to be checked by a native speaker
review-mark-seen = Позначити все як переглянуте
# review: to be checked by a native speaker
review-marked-seen = Позначено як переглянуте.
# review: to be checked by a native speaker
review-new = Нове
# review: to be checked by a native speaker
review-timeline = Її щоденник
# review: to be checked by a native speaker
review-no-days = За цей період у її книжці немає днів.
# review: to be checked by a native speaker
review-words = Її слова
# review: to be checked by a native speaker
review-words-known = Знає { $count } слів · { $streak } днів поспіль · { $due } чекають
# review: to be checked by a native speaker
review-practice = Вправи зі словами
# review: to be checked by a native speaker
review-practice-day = { $date }: { $right } з { $answers } правильно
# review: to be checked by a native speaker
review-no-practice = За цей період немає вправ зі словами.
# review: to be checked by a native speaker
review-fridge = Вправи з холодильником
# review: to be checked by a native speaker
review-no-fridge = Ще немає раундів.
# review: to be checked by a native speaker
review-competence-totals = { $planned } цілей у плані · P { $started } · F { $completed } · K { $checked }
# review: to be checked by a native speaker
review-keys = Клавіатура: J і K наступний і попередній день · S позначити переглянутим · C коментар · Esc назад
# review: to be checked by a native speaker
suggest-title = Запропонувати, що вправляти далі
# review: to be checked by a native speaker
suggest-word = Слово
# review: to be checked by a native speaker
suggest-recipe = Рецепт
# review: to be checked by a native speaker
suggest-send = Запропонувати
# review: to be checked by a native speaker
suggest-done = Запропоновано. Вона побачить це на своїй головній сторінці.
# review: to be checked by a native speaker
suggestions-for-you = Повправляйся з цим
# review: to be checked by a native speaker
suggestion-from = Від { $mentor }
# review: to be checked by a native speaker
privacy-title = Її дані
# review: to be checked by a native speaker
export-start = Експортувати все про неї (ZIP)
# review: to be checked by a native speaker
export-progress = Збереження … { $done } з { $total }
# review: to be checked by a native speaker
export-done = Збережено: { $path }
# review: to be checked by a native speaker
erase-start = Стерти її з кафе
# review: to be checked by a native speaker
erase-explain = Усе про { $name } буде стерто тут і на кожному підключеному пристрої під час наступної синхронізації: щоденник, фото, голосові нотатки, слова, вправи й позначки. Це не можна скасувати. Спершу експортуйте, якщо вона хоче зберегти свої дані.
# review: to be checked by a native speaker
erase-confirm-label = Введіть її ім'я, щоб підтвердити
# review: to be checked by a native speaker
erase-confirm = Стерти назавжди
# review: to be checked by a native speaker
erase-done = { $name } стерто разом із { $files } фото та звуковими файлами.
# review: to be checked by a native speaker
charts-title = Графіки
# review: to be checked by a native speaker
charts-group = Уся група
# review: to be checked by a native speaker
chart-words-known = Слова, які вона знає
# review: to be checked by a native speaker
chart-words-known-group = Слова, які знають учасниці
# review: to be checked by a native speaker
chart-practice-accuracy = Правильні відповіді у вправах зі словами (%)
# review: to be checked by a native speaker
chart-diary-activity = Днів у щоденнику за тиждень
# review: to be checked by a native speaker
chart-fridge-temperatures = Температура холодильника (°C)
# review: to be checked by a native speaker
chart-aims-by-status = Цілі за станом
# review: to be checked by a native speaker
chart-no-data = Ще немає даних.
# review: to be checked by a native speaker
chart-week-of = Тиждень з { $date }
# review: to be checked by a native speaker
manage-title = Учасниці та кафе
# review: to be checked by a native speaker
manage-archive = Архівувати
# review: to be checked by a native speaker
manage-archived = Архівовані учасниці
# review: to be checked by a native speaker
manage-restore = Відновити
# review: to be checked by a native speaker
manage-archived-note = Архівовані учасниці не показуються на стіні й у сьогоднішньому огляді. Їхні дані збережено.
# review: to be checked by a native speaker
settings-title = Налаштування кафе
# review: to be checked by a native speaker
settings-country = Країна (правила для холодильника)
# review: to be checked by a native speaker
settings-languages = Мови, які пропонує кафе
# review: to be checked by a native speaker
settings-saved = Збережено.
# review: to be checked by a native speaker
settings-save = Зберегти
# review: to be checked by a native speaker
import-photos = Імпортувати багато фото як нові слова
# review: to be checked by a native speaker
import-photos-progress = Імпорт фото … { $done } з { $total }
# review: to be checked by a native speaker
import-photos-done = { $count } нових слів із фото. Напишіть слова в банку слів.
# review: to be checked by a native speaker
studio-tab-prompts = Що каже застосунок
# review: to be checked by a native speaker
studio-tab-words = Слова
# review: to be checked by a native speaker
studio-words-progress = { $language }: записано { $recorded } з { $total } слів
# review: to be checked by a native speaker
content-open = Вміст кафе
# review: to be checked by a native speaker
content-title = Власний вміст кафе
# review: to be checked by a native speaker
content-lead = Додайте те, що робить ваше кафе і чого немає в Mestre, і сховайте те, чим ви не користуєтеся. Голоси записуйте в студії.
# review: to be checked by a native speaker
content-tab-tasks = Картки завдань
# review: to be checked by a native speaker
content-tab-foods = Продукти
# review: to be checked by a native speaker
content-tab-aims = Власні цілі
# review: to be checked by a native speaker
content-tasks-lead = Картки, які вона вибирає в «Мій день». Схована картка зникає з вибору, але дні, де вона є, її зберігають.
# review: to be checked by a native speaker
content-task-add = Нова картка завдання
# review: to be checked by a native speaker
content-foods-lead = Продукти в іграх, на етикетках і в каталозі. Те, як продукт зберігають, визначає, де він стоїть, наскільки холодним має бути і скільки зберігається.
# review: to be checked by a native speaker
content-food-add = Новий продукт
# review: to be checked by a native speaker
content-aims-lead = Цілі, яких кафе навчає понад навчальні програми. Їх додають до планів, оцінюють, підтверджують доказами й підписують, як і будь-які інші цілі.
# review: to be checked by a native speaker
content-aim-add = Нова ціль
# review: to be checked by a native speaker
content-own = Власне кафе
# review: to be checked by a native speaker
content-hidden = Сховано
# review: to be checked by a native speaker
content-edit = Змінити
# review: to be checked by a native speaker
content-hide = Сховати
# review: to be checked by a native speaker
content-show = Показати знову
# review: to be checked by a native speaker
content-save = Зберегти
# review: to be checked by a native speaker
content-cancel = Скасувати
# review: to be checked by a native speaker
content-saved = Збережено.
# review: to be checked by a native speaker
content-name-work = Назва мовою { $language }
# review: to be checked by a native speaker
content-in-language = Мовою { $language }
# review: to be checked by a native speaker
content-names-other = Назва мовами, якими читають учасниці
# review: to be checked by a native speaker
content-plains-other = Пояснення мовами, якими читають учасниці
# review: to be checked by a native speaker
content-area = Де виконують завдання
# review: to be checked by a native speaker
content-picture = Малюнок
# review: to be checked by a native speaker
content-photo = Або фото
# review: to be checked by a native speaker
content-photo-chosen = Вибране фото
# review: to be checked by a native speaker
content-photo-remove = Використати малюнок натомість
# review: to be checked by a native speaker
content-food-class = Зберігається як
# review: to be checked by a native speaker
content-food-class-option = { $foods } ({ $zone }, діб: { $days })
# review: to be checked by a native speaker
content-food-after = Дні рахують від
# review: to be checked by a native speaker
content-food-allergens = Алергени
# review: to be checked by a native speaker
content-aim-code = Код
# review: to be checked by a native speaker
content-aim-title = Коротка назва
# review: to be checked by a native speaker
content-aim-plain = Простими словами
# review: to be checked by a native speaker
content-aim-official = Текст із навчальної програми чи опису посади (можна залишити порожнім)
# review: to be checked by a native speaker
content-aim-tasks = Картки завдань, які показують ціль
# review: to be checked by a native speaker
content-aim-fridge = Вправи з холодильником зараховуються як доказ
# review: to be checked by a native speaker
content-aim-words = Тренування слів зараховується як доказ
# review: to be checked by a native speaker
content-aim-hidden = Більше не пропонувати цю ціль (плани, де вона є, її зберігають)
# review: to be checked by a native speaker
content-none = Поки що немає.
# review: to be checked by a native speaker
studio-tab-content = Вміст
# review: to be checked by a native speaker
studio-kind-task = Власні картки завдань
# review: to be checked by a native speaker
studio-kind-food = Продукти
# review: to be checked by a native speaker
studio-kind-aim = Цілі
# review: to be checked by a native speaker
studio-kind-aim-plain = Пояснення цілей
# review: to be checked by a native speaker
studio-kind-recipe = Рецепти
# review: to be checked by a native speaker
studio-kind-step = Кроки рецептів
# review: to be checked by a native speaker
studio-content-progress = { $language }: записано { $recorded } з { $total }
# review: to be checked by a native speaker
studio-content-none = Тут поки нічого немає.
# review: to be checked by a native speaker
studio-write-label = Напишіть це мовою { $language }
# review: to be checked by a native speaker
studio-write-save = Зберегти текст
# review: to be checked by a native speaker
studio-text-saved = Текст збережено.
# review: to be checked by a native speaker
studio-show-more = Показати ще { $count } (залишилось { $left })
