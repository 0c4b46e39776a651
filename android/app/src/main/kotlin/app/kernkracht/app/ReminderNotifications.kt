package app.kernkracht.app

import android.Manifest
import android.app.Notification
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.pm.PackageManager
import android.os.Build
import app.kernkracht.R

/** The reminders' notification channel and the notifications posted on it. */
object ReminderNotifications {
    const val CHANNEL_ID = "reminders"

    /**
     * Posts a reminder whose tap opens today's session. From Android 13 a notification needs
     * the user's permission; without it the reminder is dropped quietly, as Android would.
     */
    fun post(context: Context, id: Int, title: String, body: String) {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU &&
            context.checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) != PackageManager.PERMISSION_GRANTED
        ) {
            return
        }
        val manager = context.getSystemService(NotificationManager::class.java)
        ensureChannel(context, manager)
        val open = PendingIntent.getActivity(
            context,
            id,
            MainActivity.todaySessionIntent(context),
            PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE
        )
        val notification = Notification.Builder(context, CHANNEL_ID)
            .setSmallIcon(R.drawable.ic_notification)
            .setContentTitle(title)
            .setContentText(body)
            .setCategory(Notification.CATEGORY_REMINDER)
            .setContentIntent(open)
            .setAutoCancel(true)
            .build()
        manager.notify(id, notification)
    }

    /**
     * Creates the channel the first time only: recreating it would reset nothing the user
     * chose, but its name follows the device's language when it is created.
     */
    private fun ensureChannel(context: Context, manager: NotificationManager) {
        if (manager.getNotificationChannel(CHANNEL_ID) != null) return
        val channel = NotificationChannel(
            CHANNEL_ID,
            context.getString(R.string.reminders_channel_name),
            NotificationManager.IMPORTANCE_DEFAULT
        )
        channel.description = context.getString(R.string.reminders_channel_description)
        manager.createNotificationChannel(channel)
    }
}
