package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.GroupMember;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A worker taking part: the user name they log in with, the address reminders go to and the
 * neighbourhood they work in. {@code version} as read when changing a member (absent when adding).
 */
public record MemberInput(
        @NotBlank @Size(max = 100) String username,
        @Email @Size(max = GroupMember.EMAIL_LENGTH) String email,
        Long neighbourhoodId,
        Integer version) {

    public MemberInput(String username, String email, Long neighbourhoodId, Integer version) {
        this.username = username;
        this.email = email;
        this.neighbourhoodId = neighbourhoodId;
        this.version = version;
    }
}
