package dev.careeragent.tracker.model;

/** Someone at a company: recruiter, hiring manager, referral. Contacts belong to the company, not one application. */
public record Contact(Long id, String company, String name, String role, String email, String phone, String profileUrl) {
}
