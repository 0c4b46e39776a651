package app.kernkracht.app

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.kernkracht.core.Reminder

/**
 * Fired by a reminder's alarm: shows the notification the core worded. It needs no core call,
 * so it works even while the database is busy or the app's process was just started.
 */
class ReminderReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val date = intent.getStringExtra(EXTRA_DATE) ?: return
        ReminderNotifications.post(
            context,
            requestCode(date),
            intent.getStringExtra(EXTRA_TITLE).orEmpty(),
            intent.getStringExtra(EXTRA_BODY).orEmpty()
        )
    }

    companion object {
        internal const val EXTRA_DATE = "app.kernkracht.extra.REMINDER_DATE"
        internal const val EXTRA_TITLE = "app.kernkracht.extra.REMINDER_TITLE"
        private const val EXTRA_BODY = "app.kernkracht.extra.REMINDER_BODY"

        /** The alarm's intent; without [reminder] it matches any reminder's for cancelling. */
        fun intent(context: Context, reminder: Reminder? = null): Intent = Intent(context, ReminderReceiver::class.java).apply {
            if (reminder != null) {
                putExtra(EXTRA_DATE, reminder.localDate)
                putExtra(EXTRA_TITLE, reminder.title)
                putExtra(EXTRA_BODY, reminder.body)
            }
        }
    }
}
