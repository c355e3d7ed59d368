# Mestre — فارسی (Persian). Short, plain sentences.
# This file: setting up the café.
# review: translated by the development team; a native speaker at the café should check it.

## First-run setup
setup-title = به Mestre خوش آمدید
setup-intro = اول کافه و اولین راهنما را می‌سازیم.
setup-cafe-name = نام کافه
setup-country = کشور
country-no = نروژ
country-se = سوئد
setup-mentor-name = نام شما
setup-mentor-password = رمز عبور
setup-password-rule = دست‌کم { $min } حرف.
setup-submit = ساختن کافه
form-name-missing = یک نام بنویسید.
form-password-short = رمز عبور باید دست‌کم { $min } حرف داشته باشد.
