# Mestre — دری (Dari). Short, plain sentences.
# This file: setting up the café.
# review: translated by the development team from Persian with Dari word choices; a native Dari speaker should check it.

## First-run setup
setup-title = به Mestre خوش آمدید
setup-intro = اول کافه و اولین رهنما را جور می‌کنیم.
setup-cafe-name = نام کافه
setup-country = کشور
country-no = ناروی
country-se = سویدن
setup-mentor-name = نام شما
setup-mentor-password = رمز
setup-password-rule = کم از کم { $min } حرف.
setup-submit = کافه را جور کنید
form-name-missing = یک نام بنویسید.
form-password-short = رمز باید کم از کم { $min } حرف داشته باشد.
