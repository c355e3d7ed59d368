# Mestre — Українська (Ukrainian).

app-name = Mestre
loading = Завантаження …

## Language
language-name = Українська
language-choose-title = Оберіть мову
language-change = Змінити мову

## Speaker and sound
speaker-play = Слухати
speech-no-voice = Для цієї мови ще немає голосу. Прочитайте текст тут:
speech-failed = Звук не відтворився. Прочитайте текст тут:

## Navigation
nav-back = Назад
nav-home = Головна
logout = Вийти

## First-run setup
setup-title = Ласкаво просимо до Mestre
setup-intro = Спочатку створимо кафе і першого наставника.
setup-cafe-name = Назва кафе
setup-country = Країна
country-no = Норвегія
country-se = Швеція
setup-mentor-name = Ваше ім'я
setup-mentor-password = Пароль
setup-password-rule = Щонайменше { $min } символів.
setup-submit = Створити кафе
form-name-missing = Напишіть ім'я.
form-password-short = Пароль має містити щонайменше { $min } символів.

## Who are you?
wall-title = Хто ви?
wall-mentors = Наставниці
wall-trainees = Учасниці
wall-empty = Учасниць ще немає. Наставниця може їх додати.
say-name = { $name }

## Picture PIN
pin-title = Натисніть свої три картинки
pin-progress = { $count } з 3
pin-clear = Почати знову

## Password
password-title = Введіть свій пароль
password-label = Пароль
password-submit = Увійти

## Trainee home board
home-greeting = Привіт, { $name }! Рада тебе бачити.

## Mentor
mentor-title = Наставниця: { $name }
mentor-trainees = Учасниці
mentor-add-trainee = Додати учасницю
mentor-no-trainees = Учасниць ще немає.
mentor-languages = Мова: { $ui }, рідна мова: { $home }

## New trainee
trainee-new-title = Нова учасниця
trainee-name = Ім'я
trainee-photo = Фото
trainee-photo-file = Вибрати фото з файлу
trainee-photo-camera = Зробити фото камерою
trainee-photo-take = Зробити фото
trainee-photo-remove = Прибрати фото
trainee-ui-lang = Мова, якою застосунок говорить з нею
trainee-home-lang = Рідна мова (показується поруч із норвезькою)
trainee-pin = PIN із картинок: виберіть три картинки
trainee-pin-repeat = Виберіть ті самі три картинки ще раз
trainee-pin-mismatch = Картинки не збіглися. Виберіть три нові картинки.
trainee-pin-done = PIN із картинок вибрано.
trainee-save = Зберегти учасницю
trainee-saved = { $name } додано.
trainee-new-pin = Новий PIN із картинок
trainee-new-pin-saved = Новий PIN із картинок збережено для { $name }.
camera-unavailable = Камеру не знайдено.

## The twelve pictures of the picture PIN
picture-apple = яблуко
picture-fish = риба
picture-sun = сонце
picture-cat = кіт
picture-car = автомобіль
picture-flower = квітка
picture-house = будинок
picture-star = зірка
picture-cup = чашка
picture-tree = дерево
picture-bread = хліб
picture-heart = серце

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }

## Errors
error-login-failed = Це неправильно. Спробуйте ще раз.
error-login-locked =
    { $minutes ->
        [one] Забагато спроб. Зачекайте { $minutes } хвилину і спробуйте знову.
        [few] Забагато спроб. Зачекайте { $minutes } хвилини і спробуйте знову.
       *[other] Забагато спроб. Зачекайте { $minutes } хвилин і спробуйте знову.
    }
error-not-allowed = Це може зробити лише наставниця.
error-invalid-input = Перевірте, що ви написали або вибрали.
error-image-unreadable = Фото не відкривається. Воно пошкоджене або це не фото.
error-image-too-large = Фото завелике. Виберіть менше фото.
error-database-too-new = Дані створила новіша версія Mestre. Оновіть застосунок.
error-database-unavailable = Дані не вдається відкрити.
error-not-found = Не знайдено.
error-setup-state = Кафе вже налаштоване.
error-storage = Під час збереження сталася помилка. Нічого не видалено.
error-peer-unreachable = Інший пристрій не знайдено. Перевірте, що обидва в одній мережі.
error-not-paired = Цей пристрій не з'єднаний з іншим. Спочатку з'єднайте їх.
error-sync-interrupted = Синхронізацію перервано. Нічого не втрачено. Спробуйте ще раз.
error-sync-refused = Інший пристрій відмовив. Спробуйте ще раз або з'єднайте їх наново.
error-schema-mismatch = На пристроях різні версії Mestre. Оновіть обидва.
error-pairing-wrong-code = Неправильний код. Спробуйте ще раз.
error-pairing-closed = Код більше не дійсний. Попросіть новий код.

## Sync
sync-now = Синхронізувати зараз
sync-last = Остання синхронізація: { $when }
sync-never = Ще не синхронізовано
sync-running = Синхронізація …
sync-rows = Дані: { $done } з { $total }
sync-media = Фото: { $done } з { $total }
sync-done = Готово! На обох пристроях однаково.
connect-tablet = Під'єднати планшет
connect-laptop = Під'єднатися до комп'ютера наставниці
pair-code-title = Код для з'єднання
pair-code-help = Введіть ці цифри на планшеті або відскануйте картинку камерою.
pair-code-expires = Код дійсний { $minutes } хвилин.
pair-address = Адреса комп'ютера
pair-code-label = Код (шість цифр)
pair-join-submit = З'єднати
pair-done = З'єднано з { $name }.
paired-devices = З'єднані пристрої
unpair = Від'єднати
pair-none = Ще немає з'єднаних пристроїв.
sync-photo-coming = Фото прийде з наступною синхронізацією.
pair-scan = Відскануйте код камерою
error-recording-empty = Запис порожній. Говоріть трохи ближче і спробуйте ще раз.
error-audio-unreadable = Запис не відтворюється. Він пошкоджений.
error-microphone-missing = Мікрофон не знайдено. Попросіть наставницю допомогти.
error-microphone-busy = Мікрофон зайнятий або не працює. Спробуйте трохи згодом.

## My day: the little book
section-my-day = Мій день
section-my-book = Моя книжка
day-tasks-title = Що ви робили сьогодні?
day-area-kitchen = Кухня
day-area-cleaning = Прибирання
day-area-serving = Обслуговування
day-add-photo = Сфотографуйте те, що ви зробили
day-add-voice = Запишіть голосову нотатку
day-add-word = Нове слово
day-mood-title = Яким був день?
mood-great = Дуже добрим
mood-good = Добрим
mood-ok = Нормальним
mood-tired = Я втомилася
mood-hard = Важким
record-start = Записати
record-stop = Стоп
record-listen = Послухати
record-keep = Залишити
record-redo = Записати знову
recording-now = Йде запис …
word-say-it = Скажіть слово
word-take-picture = Сфотографуйте річ
book-title = Моя книжка
book-empty = Ще немає днів.
day-comments = Від наставниці
comment-new = Нове
day-saved = Збережено.
day-photo = Фото
day-voice-note = Голосова нотатка
day-word = Нове слово
mentor-diaries = Щоденники
comment-write = Напишіть коментар
comment-send = Надіслати
comment-record = Запишіть коментар
word-spelling = Напишіть слово
word-spelling-save = Зберегти слово
play-clip = Відтворити
task-wash-hands = мити руки
task-cut-vegetables = різати овочі
task-peel-potatoes = чистити картоплю
task-bake-bread = пекти хліб
task-bake-cakes = пекти торти
task-make-soup = варити суп
task-make-salad = робити салат
task-cook-rice = варити рис
task-make-sandwiches = робити бутерброди
task-make-coffee = робити каву
task-weigh-ingredients = зважувати продукти
task-check-temperature = міряти температуру
task-label-food = маркувати їжу
task-fill-fridge = заповнювати холодильник
task-receive-goods = приймати товар
task-make-waffles = робити вафлі
task-wash-dishes = мити посуд
task-load-dishwasher = завантажувати посудомийку
task-clean-surfaces = мити поверхні
task-sweep-floor = підмітати підлогу
task-mop-floor = мити підлогу
task-take-out-rubbish = виносити сміття
task-sort-recycling = сортувати сміття
task-clean-toilet = мити туалет
task-serve-customer = обслуговувати клієнта
task-take-order = приймати замовлення
task-use-till = працювати з касою
task-set-tables = накривати столи
task-clear-tables = прибирати зі столів
task-greet-customer = вітати клієнтів
task-fill-display = заповнювати вітрину
task-team-meeting = нарада команди

## Recording studio
studio-open = Записати голоси
studio-title = Студія запису
studio-lang = Мова
studio-recorded = Записано
studio-missing = Ще не записано
